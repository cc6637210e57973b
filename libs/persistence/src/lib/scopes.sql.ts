import { organisationBlockedSql } from './profiles/safety-constraints.sql';

/**
 * The row scopes that many statements repeat, as SQL fragments: one home, each proven on a
 * real PostgreSQL (scopes.sql.spec.ts). A fragment is a condition on the alias it names
 * (`p` a profile or proposal, `t` a listing joined to its organisation `o`); parameters are
 * the caller's placeholders, so a statement keeps its text and hence its plan.
 */

/** The row (`alias`.network_id) is in one of the networks of uuid[] `param`: a counsellor's or coordinator's scope. */
export const inNetworks = (param: string, alias = 'p'): string => `${alias}.network_id = ANY(${param}::uuid[])`;

/**
 * The same for a single network (`param` one uuid): the plan no longer depends on how many
 * networks, so PostgreSQL keeps a generic plan (with `= ANY` it guesses ten and re-plans).
 */
export const inNetwork = (param: string, alias = 'p'): string => `${alias}.network_id = ${param}::uuid`;

/** A profile `p` may be matched: active, with an active matching consent. */
export const ELIGIBLE_PROFILE_SQL = `p.status = 'active'
  AND EXISTS (SELECT 1 FROM consents c WHERE c.profile_id = p.id AND c.kind = 'matching' AND c.revoked_at IS NULL)`;

/** A listing `t` (organisation `o`) may be matched: published, of a vetted organisation, deadline day not over (Italian time), a seat left. */
export const OPEN_TARGET_SQL = `t.status = 'published' AND o.status = 'vetted'
  AND t.deadline >= (now() AT TIME ZONE 'Europe/Rome')::date AND t.seats_filled < t.seats`;

/**
 * When a partner (organisation `organisationParam`) may see proposal `p` at all, checked in SQL
 * on every read and write so a revocation is effective the moment it commits (before the worker
 * withdraws anything): its own organisation; not withdrawn by a revocation or for her safety;
 * the woman's `share_card` consent for that organisation and her `matching` consent still
 * active; the organisation not blocked by her. Both consents are found by one probe of her
 * active consents (index consents_active_scope, no heap): a list checks this for every proposal
 * of the organisation to count them. No row makes the aggregate null, which is not true either.
 */
export const partnerVisible = (organisationParam: string): string => `
  p.organisation_id = ${organisationParam}
  AND coalesce(p.withdrawn_cause, 'counsellor') = 'counsellor'
  AND (SELECT bool_or(c.kind = 'share_card') AND bool_or(c.kind = 'matching') FROM consents c
       WHERE c.profile_id = p.profile_id AND c.revoked_at IS NULL
         AND (c.kind = 'matching' OR (c.kind = 'share_card' AND c.organisation_id = p.organisation_id)))
  AND NOT ${organisationBlockedSql('p.profile_id', 'p.organisation_id')}`;
