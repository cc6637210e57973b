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
 * When a partner (organisation `organisationParam`) may see proposal `p` at all: its own
 * organisation; not withdrawn by a revocation or for her safety; her consents and blocks let
 * the organisation see it (`card_shared`: her `matching` consent and her `share_card` consent
 * for that organisation active, the organisation not blocked by her). `card_shared` is kept by
 * triggers in the transaction that changes a consent or a block (migration
 * 1765850000000-proposal-card-shared), so a revocation hides the proposal the moment it
 * commits, and a list counts the organisation's proposals from index proposals_partner_list
 * alone (no probe of her consents per proposal).
 */
export const partnerVisible = (organisationParam: string): string => `
  p.organisation_id = ${organisationParam}
  AND coalesce(p.withdrawn_cause, 'counsellor') = 'counsellor'
  AND p.card_shared`;

/**
 * partnerVisible, and the rule behind `card_shared` checked again on her consents and blocks:
 * for a read or write of one proposal, where the probe costs one lookup and the card is the
 * most a partner sees of her.
 */
export const partnerVisibleNow = (organisationParam: string): string =>
  `${partnerVisible(organisationParam)} AND proposal_card_shared(p.profile_id, p.organisation_id)`;
