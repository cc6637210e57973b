import { organisationBlockedSql } from '@ponte/persistence';

// The sweep's statements: probes across consents, proposals and her safety constraints, bounded
// by a LIMIT, that only SQL answers without loading every row.

/** Revoked matching or share_card consents that still have a proposal in states `$1` made before the revocation; at most `$2`. */
export const REVOKED_CONSENTS_SQL = `SELECT c.id AS "consentId", c.profile_id AS "profileId", c.kind, c.organisation_id AS "organisationId", c.revoked_at AS "revokedAt"
       FROM consents c
       WHERE c.revoked_at IS NOT NULL AND c.kind IN ('matching', 'share_card')
         AND EXISTS (SELECT 1 FROM proposals p WHERE p.profile_id = c.profile_id AND p.state = ANY($1::text[])
                       AND p.created_at <= c.revoked_at AND (c.kind = 'matching' OR p.organisation_id = c.organisation_id))
       LIMIT $2`;

/** Profiles with proposals in states `$1` and a safety constraint (a blocked organisation of a proposal, or an exclusion area); at most `$2`. */
export const CONSTRAINED_PROFILES_SQL = `SELECT DISTINCT p.profile_id AS id FROM proposals p
       WHERE p.state = ANY($1::text[])
         AND (${organisationBlockedSql('p.profile_id', 'p.organisation_id')}
              OR EXISTS (SELECT 1 FROM profile_exclusions x WHERE x.profile_id = p.profile_id))
       LIMIT $2`;
