import { labelCard, type ConceptLabel } from '@ponte/matching';
import request from 'supertest';
import { createProfile } from '../../test/profiles/profile-fixtures';
import { createOrganisation, signedInUser, type SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { createOffer, partnerRead, proposalWorld, ProposalWorld, proposeWithConsents } from '../../test/proposals/proposal-world';

/**
 * The partner's reads are each one statement (partner-proposal-queries.ts): the list counts and
 * pages only what the organisation may see now, the card is the frozen snapshot with its real
 * history, and the first read still marks a card viewed exactly once.
 */
describe('proposals: what a partner reads', () => {
  let t: TestApp;
  let w: ProposalWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
  });
  afterAll(() => t.close());

  /** An organisation of its own (exact counts), with an offer of many seats. */
  async function ownPartner(): Promise<{ admin: SignedIn; organisationId: string; offerId: string }> {
    const organisation = await createOrganisation(t, { legalName: 'Ristorazione Collettiva Lombarda S.r.l.' });
    const offer = await createOffer(t, organisation, { seats: 20 });
    return { admin: await signedInUser(t, 'partner_admin', { organisation }), organisationId: organisation.id, offerId: offer.id };
  }
  const propose = async (partner: { organisationId: string; offerId: string }) => {
    const profile = await createProfile(t, w.counsellor);
    const proposalId = await proposeWithConsents(t, w.counsellor, profile.id, { kind: 'offer', id: partner.offerId, organisationId: partner.organisationId });
    return { profileId: profile.id, proposalId };
  };
  const list = (who: SignedIn, query = '') => request(t.server).get(`/api/partner/proposals${query}`).set('Authorization', who.auth).expect(200);
  const ids = (res: request.Response): string[] => res.body.items.map((p: { id: string }) => p.id);
  /** A problem document without its instance (the request id). */
  const problem = (res: request.Response) => ({ ...res.body, instance: undefined });
  const consentOf = async (profileId: string, kind: string) =>
    (await t.dataSource.query(`SELECT id FROM consents WHERE profile_id = $1 AND kind = $2 AND revoked_at IS NULL`, [profileId, kind]))[0].id as string;
  const revoke = (profileId: string, consentId: string) =>
    request(t.server).post(`/api/profiles/${profileId}/consents/${consentId}/revoke`).set('Authorization', w.counsellor.auth).expect(200);

  it('counts and pages only the proposals the organisation may see now, newest first', async () => {
    const partner = await ownPartner();
    const first = await propose(partner);
    const second = await propose(partner);
    const cardRevoked = await propose(partner);
    const matchingRevoked = await propose(partner);
    const blocked = await propose(partner);
    expect((await list(partner.admin)).body.total).toBe(5);

    await revoke(cardRevoked.profileId, await consentOf(cardRevoked.profileId, 'share_card'));
    await revoke(matchingRevoked.profileId, await consentOf(matchingRevoked.profileId, 'matching'));
    await request(t.server)
      .put(`/api/profiles/${blocked.profileId}/safety`)
      .set('Authorization', w.counsellor.auth)
      .send({ exclusions: [], blockedOrganisations: [partner.organisationId] })
      .expect(200);

    const all = await list(partner.admin);
    expect(ids(all)).toEqual([second.proposalId, first.proposalId]);
    expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(all.body.items[0]).toEqual({
      id: second.proposalId,
      kind: 'offer',
      state: 'proposed',
      target: { id: partner.offerId, title: 'Assistente familiare' },
      candidateCode: expect.stringMatching(/^C-/),
      proposedAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(ids(await list(partner.admin, '?pageSize=1&page=2'))).toEqual([first.proposalId]);
    // Past the end: no row carries the total, which is still counted.
    expect((await list(partner.admin, '?pageSize=1&page=3')).body).toMatchObject({ items: [], total: 2 });
    expect((await list(partner.admin, `?state=proposed&offerId=${partner.offerId}`)).body.total).toBe(2);
    expect((await list(partner.admin, '?state=viewed')).body).toMatchObject({ items: [], total: 0 });
    expect((await list(partner.admin, `?courseId=${w.course.id}`)).body.total).toBe(0);
    // Another organisation counts none of them.
    expect(ids(await list(w.company.admin, '?pageSize=100'))).not.toContain(first.proposalId);
    // Each list answered wrote one entry naming the organisation and how many it showed.
    const entries: { targetId: string; details: { count: number } }[] = await t.dataSource.query(
      `SELECT target_type AS "targetType", target_id AS "targetId", details FROM audit_log WHERE action = 'proposal.list' AND actor_id = $1 ORDER BY id`,
      [partner.admin.user.id],
    );
    expect(entries.map((e) => e.details.count)).toEqual([5, 2, 1, 0, 2, 0, 0]);
    expect(new Set(entries.map((e) => e.targetId))).toEqual(new Set([partner.organisationId]));
  });

  it('the card is the frozen snapshot with its history as recorded, never the counsellor\'s explanation', async () => {
    const partner = await ownPartner();
    const { proposalId } = await propose(partner);
    const res = await partnerRead(t, partner.admin, proposalId).expect(200);
    const history: { state: string; at: Date; actor_role: string }[] = await t.dataSource.query(
      'SELECT state, at, actor_role FROM proposal_history WHERE proposal_id = $1 ORDER BY id',
      [proposalId],
    );
    expect(history.map((h) => h.state)).toEqual(['proposed', 'viewed']);
    expect(res.body.history).toEqual(history.map((h) => ({ state: h.state, at: h.at.toISOString(), actorRole: h.actor_role })));
    expect(res.body).toMatchObject({ id: proposalId, kind: 'offer', state: 'viewed', target: { id: partner.offerId, title: 'Assistente familiare' } });
    expect(Object.keys(res.body).sort()).toEqual(
      ['card', 'contract', 'coverMessage', 'history', 'id', 'identityDisclosedAt', 'interview', 'kind', 'proposedAt', 'reason', 'startDate', 'state', 'target', 'updatedAt'].sort(),
    );
    expect(res.text).not.toMatch(/"points"|"km"|homeComune|015146/);
    // Exactly the card's one allow-list (@ponte/matching labelCard) over the stored snapshot: nothing added on the way out.
    const [{ card }] = await t.dataSource.query('SELECT card FROM proposals WHERE id = $1', [proposalId]);
    const labels = new Map<string, ConceptLabel>();
    JSON.stringify(res.body.card, (_key, value) => {
      if (value && typeof value === 'object' && 'labelLanguage' in value) labels.set(value.uri, { label: value.label, labelLanguage: value.labelLanguage });
      return value;
    });
    expect(labels.size).toBeGreaterThan(0);
    expect(res.body.card).toEqual(JSON.parse(JSON.stringify(labelCard(card, (uri) => labels.get(uri) ?? { label: null, labelLanguage: null }))));
  });

  it('the first read marks a card viewed once, even when two reads race; each read is audited', async () => {
    const partner = await ownPartner();
    const { proposalId } = await propose(partner);
    const reads = await Promise.all([partnerRead(t, partner.admin, proposalId), partnerRead(t, partner.admin, proposalId)]);
    expect(reads.map((r) => [r.status, r.body.state])).toEqual([
      [200, 'viewed'],
      [200, 'viewed'],
    ]);
    const [{ viewed }] = await t.dataSource.query(`SELECT count(*)::int AS viewed FROM proposal_history WHERE proposal_id = $1 AND state = 'viewed'`, [proposalId]);
    expect(viewed).toBe(1);
    const audited = async () =>
      (await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 AND action IN ('proposal.read', 'proposal.viewed') ORDER BY action`, [proposalId])).map(
        (r: { action: string }) => r.action,
      );
    expect(await audited()).toEqual(['proposal.read', 'proposal.read', 'proposal.viewed']);
    await partnerRead(t, partner.admin, proposalId).expect(200);
    expect(await audited()).toEqual(['proposal.read', 'proposal.read', 'proposal.read', 'proposal.viewed']);
  });

  it('a card out of reach is the same 404 as a missing one: another organisation, a revoked consent, a block', async () => {
    const partner = await ownPartner();
    const foreign = await propose(partner);
    const notFoundBody = problem(await partnerRead(t, partner.admin, '00000000-0000-4000-8000-000000000000').expect(404));
    expect(problem(await partnerRead(t, w.company.admin, foreign.proposalId).expect(404))).toEqual(notFoundBody);

    await partnerRead(t, partner.admin, foreign.proposalId).expect(200);
    await revoke(foreign.profileId, await consentOf(foreign.profileId, 'share_card'));
    expect(problem(await partnerRead(t, partner.admin, foreign.proposalId).expect(404))).toEqual(notFoundBody);

    const blocked = await propose(partner);
    await t.dataSource.query('INSERT INTO profile_blocked_organisations (profile_id, organisation_id) VALUES ($1, $2)', [blocked.profileId, partner.organisationId]);
    expect(problem(await partnerRead(t, partner.admin, blocked.proposalId).expect(404))).toEqual(notFoundBody);
  });
});
