// The consents' probe: one EXISTS on the active consents (index consents_active_scope).

/** Whether profile `$1` has an active consent of kind `$2` for organisation `$3` (null: none). */
export const CONSENT_ACTIVE_SQL = `SELECT EXISTS (
         SELECT 1 FROM consents
         WHERE profile_id = $1 AND kind = $2 AND revoked_at IS NULL
           AND organisation_id IS NOT DISTINCT FROM $3::uuid
       ) AS active`;
