import type { ProposalKind } from '@ponte/domain';
import type { Page, Timestamp } from './wire';

/** A profile's shortlist: offers and courses a counsellor keeps in view before proposing her. */

export const SHORTLIST_SOURCES = ['match', 'search'] as const;
/** Where the counsellor found it: her matches or the catalogue search. */
export type ShortlistSource = (typeof SHORTLIST_SOURCES)[number];

export interface ShortlistEntry {
  id: string;
  profileId: string;
  kind: ProposalKind;
  target: {
    id: string;
    title: string;
    organisationId: string;
    organisationName: string;
    /** draft | published | closed */
    status: string;
    deadline: string;
  };
  source: ShortlistSource;
  /** Private to the network. */
  note: string | null;
  /** The live (not withdrawn) proposal made from this entry, if any. */
  proposalId: string | null;
  createdBy: string;
  createdAt: Timestamp;
}

export type ShortlistPage = Page<ShortlistEntry>;

/** What POST answers: ids only, since idempotent answers may be stored (never the note). */
export interface ShortlistCreated {
  id: string;
  profileId: string;
  kind: ProposalKind;
  targetId: string;
}
