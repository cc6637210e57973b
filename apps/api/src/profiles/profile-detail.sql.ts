import type { Profile, SafetyConstraints } from '@ponte/contracts';
import { inNetworks } from '@ponte/persistence';
import type { ProfileSkillDto } from './dto/profile-fields';

/** A skill as read: its comment still sealed. */
export type SealedSkillRow = Omit<ProfileSkillDto, 'comment'> & { commentEncrypted: string | null };

/**
 * A profile as one row: the contract's fields with its child lists already in the view's order,
 * the safety constraints flat, notes and comments still sealed, and its instants as dates.
 */
export interface ProfileDetailRow
  extends Omit<Profile, 'skills' | 'notes' | 'safety' | 'archivedAt' | 'lastActivityAt' | 'createdAt' | 'updatedAt'>,
    SafetyConstraints {
  skills: SealedSkillRow[];
  notesEncrypted: string | null;
  archivedAt: Date | null;
  lastActivityAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

// One statement and one row: the entity load with its four joined lists returned their
// cartesian product for TypeORM to hydrate, after a separate scope check. Languages and
// comuni are lower-case ASCII letters and digits, so "C" order is the view's localeCompare
// order; uuids compare bytewise, like the view's string sort of their hex text.
const SELECT = `
SELECT p.id, p.pseudonym_code AS "pseudonymCode", p.network_id AS "networkId", p.counsellor_id AS "counsellorId",
       p.age_band AS "ageBand", p.home_comune AS "homeComune", p.eqf_level AS "eqfLevel", p.target_occupations AS "targetOccupations",
       (SELECT coalesce(json_agg(json_build_object('uri', s.skill_uri, 'level', s.level, 'acquiredThrough', s.acquired_through, 'commentEncrypted', s.comment_encrypted)
                                 ORDER BY s.position), '[]')
          FROM profile_skills s WHERE s.profile_id = p.id) AS skills,
       (SELECT coalesce(json_agg(json_build_object('code', l.language, 'cefr', l.cefr) ORDER BY l.language COLLATE "C"), '[]')
          FROM profile_languages l WHERE l.profile_id = p.id) AS languages,
       p.weekly_hours AS "weeklyHours", p.shifts, to_char(p.earliest_start, 'YYYY-MM-DD') AS "earliestStart",
       p.max_commute_km AS "maxCommuteKm", p.commute_means AS "commuteMeans", p.contract_preferences AS contracts, p.accommodations,
       p.notes_encrypted AS "notesEncrypted",
       (SELECT coalesce(json_agg(json_build_object('comune', e.comune, 'radiusKm', e.radius_km) ORDER BY e.comune COLLATE "C"), '[]')
          FROM profile_exclusions e WHERE e.profile_id = p.id) AS exclusions,
       (SELECT coalesce(array_agg(b.organisation_id ORDER BY b.organisation_id), '{}')
          FROM profile_blocked_organisations b WHERE b.profile_id = p.id) AS "blockedOrganisations",
       p.status, p.archived_at AS "archivedAt", p.last_activity_at AS "lastActivityAt", p.version,
       p.created_at AS "createdAt", p.updated_at AS "updatedAt"
FROM profiles p
WHERE p.id = $1`;

/** $1 the profile id, $2 the caller's networks: no row outside them. */
export const PROFILE_IN_SCOPE_SQL = `${SELECT} AND ${inNetworks('$2')}`;

/** $1 the profile id, for a profile the caller has just written (the write checked her scope). */
export const PROFILE_SQL = SELECT;

/** Profile `$1`'s id, pseudonym code and version: what a creation answers. */
export const CREATED_PROFILE_SQL = 'SELECT id, pseudonym_code AS "pseudonymCode", version FROM profiles WHERE id = $1';
