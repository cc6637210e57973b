import request from 'supertest';
import { COMUNI, createProfile } from '../../test/profiles/profile-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { createOffer, freshProposal, move, partnerRead, proposalWorld, ProposalWorld, recordConsent, shortlist } from '../../test/proposals/proposal-world';

/** Every consent and safety condition of a proposal, each missing in turn. */
describe('proposals: consents and safety', () => {
  let t: TestApp;
  let w: ProposalWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
  });
  afterAll(() => t.close());

  const propose = (profileId: string, shortlistEntryId: string, coverMessage?: string) =>
    request(t.server)
      .post(`/api/profiles/${profileId}/proposals`)
      .set('Authorization', w.counsellor.auth)
      .send({ shortlistEntryId, ...(coverMessage ? { coverMessage } : {}) });

  async function shortlisted(offer = w.offer) {
    const profile = await createProfile(t, w.counsellor);
    return { profileId: profile.id, entryId: await shortlist(t, w.counsellor, profile.id, { kind: 'offer', id: offer.id }) };
  }
  const proposalCount = async (profileId: string) =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM proposals WHERE profile_id = $1', [profileId]))[0].n;

  it('needs her matching consent (409 naming it)', async () => {
    const { profileId, entryId } = await shortlisted();
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    const res = await propose(profileId, entryId);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: 'urn:ponte:problem:missing-consent', missingConsent: 'matching' });
    expect(res.body.detail).toMatch(/consenso/);
    expect(await proposalCount(profileId)).toBe(0);
  });

  it('needs her share_card consent for THAT organisation (409 naming it and the organisation)', async () => {
    const { profileId, entryId } = await shortlisted();
    await recordConsent(t, w.counsellor, profileId, 'matching');
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.otherCompany.organisation.id);
    const res = await propose(profileId, entryId);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ missingConsent: 'share_card', organisationId: w.company.organisation.id });

    // A revoked consent is no consent.
    const consentId = await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    await request(t.server).post(`/api/profiles/${profileId}/consents/${consentId}/revoke`).set('Authorization', w.counsellor.auth).expect(200);
    expect((await propose(profileId, entryId)).body).toMatchObject({ missingConsent: 'share_card' });
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    expect((await propose(profileId, entryId)).status).toBe(201);
    // Once is enough: the same target again is a conflict.
    const again = await propose(profileId, entryId);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:ponte:problem:already-proposed');
  });

  it('needs her disclose_identity consent for that organisation to record a disclosure', async () => {
    const { profileId, proposalId } = await freshProposal(t, w);
    await partnerRead(t, w.company.admin, proposalId);
    // Before the partner's interest the step is out of place.
    const early = await request(t.server).post(`/api/proposals/${proposalId}/disclosure`).set('Authorization', w.counsellor.auth);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ currentState: 'viewed' });
    await move(t, w.company.admin, 'partner', proposalId, { to: 'interested' }).expect(200);
    await recordConsent(t, w.counsellor, profileId, 'disclose_identity', w.otherCompany.organisation.id);
    const res = await request(t.server).post(`/api/proposals/${proposalId}/disclosure`).set('Authorization', w.counsellor.auth);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ missingConsent: 'disclose_identity', organisationId: w.company.organisation.id });
    const [{ disclosed }] = await t.dataSource.query('SELECT identity_disclosed_at AS disclosed FROM proposals WHERE id = $1', [proposalId]);
    expect(disclosed).toBeNull();
  });

  let thirdOfferInSesto = '';
  beforeAll(async () => {
    thirdOfferInSesto = (await createOffer(t, w.otherCompany.organisation, { title: 'Magazzino Sesto', comune: COMUNI.sesto })).id;
  });

  it('never proposes nor shortlists what her safety constraints forbid', async () => {
    const { profileId, entryId } = await shortlisted();
    const otherEntryId = await shortlist(t, w.counsellor, profileId, { kind: 'offer', id: w.otherOffer.id });
    await recordConsent(t, w.counsellor, profileId, 'matching');
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.otherCompany.organisation.id);
    const safety = (body: object) =>
      request(t.server).put(`/api/profiles/${profileId}/safety`).set('Authorization', w.counsellor.auth).send(body).expect(200);

    // Blocked after shortlisting: refused whatever the consents.
    await safety({ exclusions: [], blockedOrganisations: [w.company.organisation.id] });
    const blocked = await propose(profileId, entryId);
    expect(blocked.status).toBe(409);
    expect(blocked.body).toMatchObject({ type: 'urn:ponte:problem:proposal-not-allowed', reason: 'organisation_blocked' });

    // The other company's offer lies in Sesto San Giovanni, now inside an exclusion area.
    await safety({ exclusions: [{ comune: COMUNI.sesto, radiusKm: 3 }], blockedOrganisations: [w.company.organisation.id] });
    const excluded = await propose(profileId, otherEntryId);
    expect(excluded.status).toBe(409);
    expect(excluded.body).toMatchObject({ reason: 'exclusion_area' });
    const shortlistInArea = await request(t.server)
      .post(`/api/profiles/${profileId}/shortlist`)
      .set('Authorization', w.counsellor.auth)
      .send({ kind: 'offer', targetId: thirdOfferInSesto, source: 'search' });
    expect(shortlistInArea.status).toBe(422);
    expect(shortlistInArea.body.errors).toEqual([expect.objectContaining({ field: 'targetId', code: 'safety.exclusion_area' })]);
    expect(await proposalCount(profileId)).toBe(0);
  });

  it('hides from her shortlist, at once, what a new block or exclusion area forbids; shows it again when lifted', async () => {
    const { profileId } = await shortlisted();
    await shortlist(t, w.counsellor, profileId, { kind: 'offer', id: w.otherOffer.id });
    const listed = async () => {
      const res = await request(t.server).get(`/api/profiles/${profileId}/shortlist`).set('Authorization', w.counsellor.auth).expect(200);
      return { total: res.body.total, targets: res.body.items.map((e: { target: { id: string } }) => e.target.id).sort(), text: res.text };
    };
    const safety = (body: object) => request(t.server).put(`/api/profiles/${profileId}/safety`).set('Authorization', w.counsellor.auth).send(body).expect(200);
    expect(await listed()).toMatchObject({ total: 2, targets: [w.offer.id, w.otherOffer.id].sort() });

    await safety({ exclusions: [], blockedOrganisations: [w.otherCompany.organisation.id] });
    const afterBlock = await listed();
    expect(afterBlock).toMatchObject({ total: 1, targets: [w.offer.id] });
    expect(afterBlock.text).not.toContain(w.otherCompany.organisation.legalName);

    // Both offers lie in Sesto San Giovanni: an area around it hides both, counted nowhere.
    await safety({ exclusions: [{ comune: COMUNI.sesto, radiusKm: 2 }], blockedOrganisations: [] });
    expect(await listed()).toMatchObject({ total: 0, targets: [] });
    expect((await request(t.server).get(`/api/profiles/${profileId}/shortlist?pageSize=1&page=2`).set('Authorization', w.counsellor.auth).expect(200)).body).toMatchObject({ total: 0, items: [] });

    await safety({ exclusions: [], blockedOrganisations: [] });
    expect(await listed()).toMatchObject({ total: 2 });
  });

  it('refuses a target that closed, an organisation suspended, and one beyond her commute (409 with the reason)', async () => {
    const closing = await createOffer(t, w.company.organisation, { title: 'Chiude presto' });
    const closed = await shortlisted(closing);
    await recordConsent(t, w.counsellor, closed.profileId, 'matching');
    await recordConsent(t, w.counsellor, closed.profileId, 'share_card', w.company.organisation.id);
    await t.dataSource.query(`UPDATE offers SET status = 'closed', closed_at = now(), closed_reason = 'manual' WHERE id = $1`, [closing.id]);
    expect((await propose(closed.profileId, closed.entryId)).body).toMatchObject({ reason: 'not_open' });

    const suspended = await shortlisted();
    await recordConsent(t, w.counsellor, suspended.profileId, 'matching');
    await recordConsent(t, w.counsellor, suspended.profileId, 'share_card', w.company.organisation.id);
    await t.dataSource.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [w.company.organisation.id]);
    try {
      expect((await propose(suspended.profileId, suspended.entryId)).body).toMatchObject({ reason: 'organisation_not_vetted', organisationStatus: 'suspended' });
    } finally {
      await t.dataSource.query(`UPDATE organisations SET status = 'vetted' WHERE id = $1`, [w.company.organisation.id]);
    }

    const far = await createOffer(t, w.company.organisation, { title: 'Lontano', comune: COMUNI.abbiategrasso });
    const beyond = await shortlisted(far);
    await recordConsent(t, w.counsellor, beyond.profileId, 'matching');
    await recordConsent(t, w.counsellor, beyond.profileId, 'share_card', w.company.organisation.id);
    expect((await propose(beyond.profileId, beyond.entryId)).body).toMatchObject({ status: 409, reason: 'beyond_commute' });
  });

  it('refuses identifiers in the cover message and in the shortlist note (422 naming field and kind)', async () => {
    const { profileId, entryId } = await shortlisted();
    await recordConsent(t, w.counsellor, profileId, 'matching');
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    const cover = await propose(profileId, entryId, 'Per contattarla scrivete a maria.rossi@example.com');
    expect(cover.status).toBe(422);
    expect(cover.body.errors).toEqual([expect.objectContaining({ field: 'coverMessage', code: 'identifier.email' })]);
    expect(JSON.stringify(cover.body)).not.toContain('maria.rossi');
    const note = await request(t.server)
      .post(`/api/profiles/${profileId}/shortlist`)
      .set('Authorization', w.counsellor.auth)
      .send({ kind: 'offer', targetId: w.otherOffer.id, source: 'match', note: 'Richiamare al 347 123 4567' });
    expect(note.status).toBe(422);
    expect(note.body.errors).toEqual([expect.objectContaining({ field: 'note', code: 'identifier.phone' })]);
    expect(await proposalCount(profileId)).toBe(0);
  });

  it('refuses identifiers disguised in the cover message (invisible characters, other digits, words), naming the kind', async () => {
    const { profileId, entryId } = await shortlisted();
    await recordConsent(t, w.counsellor, profileId, 'matching');
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    for (const [text, kind] of [
      ['Chiamatela al 347\u00a0123\u00a04567', 'phone'],
      ['Chiamatela al ٣٤٧ ١٢٣ ٤٥٦٧', 'phone'],
      ['Scrivete a maria.rossi\u200b＠gmail.com', 'email'],
      ['La trovate su Instagram come @maria_rossi85', 'social_handle'],
      ['Trovate il suo profilo su facebook.com/maria.rossi.85', 'social_handle'],
      ['Carta d\'identità CA12345AB', 'document_number'],
      ['ROSSI MARIA\nDisponibile da subito', 'person_name'],
      ['Il numero è tre quattro sette, uno due tre, quattro cinque sei sette', 'phone'],
    ] as const) {
      const res = await propose(profileId, entryId, text);
      expect({ text, status: res.status, errors: res.body.errors }).toEqual({ text, status: 422, errors: [expect.objectContaining({ field: 'coverMessage', code: `identifier.${kind}` })] });
    }
    expect(await proposalCount(profileId)).toBe(0);
  });

  it('keeps the cover message normalised and sealed at rest: the partner reads what was checked', async () => {
    const { profileId, entryId } = await shortlisted();
    await recordConsent(t, w.counsellor, profileId, 'matching');
    await recordConsent(t, w.counsellor, profileId, 'share_card', w.company.organisation.id);
    const res = await propose(profileId, entryId, 'Turni\u00a0da ８ ore\u200b nel reparto Lambrate-Ovest').expect(201);
    const [row] = await t.dataSource.query('SELECT cover_message_encrypted FROM proposals WHERE id = $1', [res.body.id]);
    expect(row.cover_message_encrypted).toMatch(/^v1:test1:/);
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM proposals WHERE id = $1', [res.body.id]))).not.toContain('Lambrate');
    const read = await partnerRead(t, w.company.admin, res.body.id).expect(200);
    expect(read.body.coverMessage).toBe('Turni da 8 ore nel reparto Lambrate-Ovest');
  });

  it('keeps shortlists to the profile\'s network and removes entries', async () => {
    const { profileId, entryId } = await shortlisted();
    expect((await request(t.server).get(`/api/profiles/${profileId}/shortlist`).set('Authorization', w.outsider.auth)).status).toBe(404);
    expect((await request(t.server).delete(`/api/profiles/${profileId}/shortlist/${entryId}`).set('Authorization', w.outsider.auth)).status).toBe(404);
    expect((await request(t.server).get(`/api/profiles/${profileId}/shortlist`).set('Authorization', w.company.admin.auth)).status).toBe(404);
    const dup = await request(t.server)
      .post(`/api/profiles/${profileId}/shortlist`)
      .set('Authorization', w.colleague.auth)
      .send({ kind: 'offer', targetId: w.offer.id, source: 'search' });
    expect(dup.status).toBe(409);
    expect((await request(t.server).delete(`/api/profiles/${profileId}/shortlist/${entryId}`).set('Authorization', w.colleague.auth)).status).toBe(204);
    const list = await request(t.server).get(`/api/profiles/${profileId}/shortlist`).set('Authorization', w.counsellor.auth);
    expect(list.body).toMatchObject({ items: [], total: 0, page: 1 });
    // A draft is unknown to counsellors.
    const draft = await createOffer(t, w.company.organisation, { status: 'draft', publishedAt: null });
    const res = await request(t.server)
      .post(`/api/profiles/${profileId}/shortlist`)
      .set('Authorization', w.counsellor.auth)
      .send({ kind: 'offer', targetId: draft.id, source: 'search' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'targetId', code: 'shortlistTargetUnavailable' })]);
  });
});
