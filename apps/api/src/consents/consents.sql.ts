import { organisationBlockedSql } from '@ponte/persistence';

// The consents' probes: one EXISTS on the active consents (index consents_active_scope), and
// whether she blocked the organisation a consent would name.

/** Whether profile `$1` has an active consent of kind `$2` for organisation `$3` (null: none). */
export const CONSENT_ACTIVE_SQL = `SELECT EXISTS (
         SELECT 1 FROM consents
         WHERE profile_id = $1 AND kind = $2 AND revoked_at IS NULL
           AND organisation_id IS NOT DISTINCT FROM $3::uuid
       ) AS active`;

/** Whether profile `$1` blocked organisation `$2` (safety rule 2's own fragment): no share_card consent for it. */
export const ORGANISATION_BLOCKED_SQL = `SELECT ${organisationBlockedSql('$1', '$2')} AS blocked`;
