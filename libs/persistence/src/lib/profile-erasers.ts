import { MATCH_ERASERS } from './matching/match-erasers';
import type { ProfileEraser } from './profiles/profile-erasure';
import { PROPOSAL_ERASERS } from './proposals/proposal-erasers';

/**
 * Erasers of the features that keep rows about a profile (matches, shortlists, proposals'
 * personal parts…), run in this order before the profile's own tables. A feature that adds a
 * table with a profile id or pseudonym code MUST add its eraser here: the erasure test scans
 * every table of the schema for leftovers. This list sits at the library's root, beside
 * entities.ts, so that profiles/ (where the erasure and the ProfileEraser type live) imports
 * none of the features built on it.
 */
export const PROFILE_ERASERS: ProfileEraser[] = [...MATCH_ERASERS, ...PROPOSAL_ERASERS];
