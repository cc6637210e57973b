import request from 'supertest';
import { createProfile, profileWorld, type ProfileWorld } from '../../test/profiles/profile-fixtures';
import { createOrganisation, signedInUser, type SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';

/**
 * Issue 21: the blocked-organisation picker knew only organisations with a published offer, so
 * a counsellor could not block the abuser's employer in advance. The directory covers every
 * pending, vetted or suspended organisation, by name or partita IVA / codice fiscale.
 */
describe('organisations: the directory counsellors block from', () => {
  let t: TestApp;
  let w: ProfileWorld;
  let partner: SignedIn;
  let coordinator: SignedIn;
  const run = Date.now().toString(36).toUpperCase();
  const orgs: Record<string, { id: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
    orgs.pending = await createOrganisation(t, { legalName: `Officine Città Nuova ${run} S.p.A.`, status: 'pending', vatNumber: '00743110157', taxCode: '00743110157' });
    orgs.vetted = await createOrganisation(t, { legalName: `Trasporti Brianza ${run} S.r.l.`, status: 'vetted', vatNumber: '01234567897' });
    orgs.suspended = await createOrganisation(t, { legalName: `Città Pulita ${run} Soc. Coop.`, status: 'suspended' });
    orgs.rejected = await createOrganisation(t, { legalName: `Città Fantasma ${run} S.r.l.`, status: 'rejected' });
    orgs.soleTrader = await createOrganisation(t, { legalName: `Bar Sport di Rossi ${run}`, status: 'pending', taxCode: 'RSSMRA85T10A562S' });
    partner = await signedInUser(t, 'partner_admin', { organisation: await createOrganisation(t) });
    coordinator = await signedInUser(t, 'coordinator');
  });
  afterAll(() => t.close());

  const find = (q: string, who: SignedIn = w.counsellor) => request(t.server).get('/api/organisations/directory').query({ q }).set('Authorization', who.auth);
  const ids = (res: request.Response) => res.body.map((o: { id: string }) => o.id);

  it('finds pending, vetted and suspended organisations by a part of the name, accents and case ignored; never refused ones', async () => {
    expect(ids(await find(`citta nuova ${run}`.toLowerCase()).expect(200))).toEqual([orgs.pending.id]);
    const city = await find('CITTA').expect(200);
    expect(ids(city)).toEqual(expect.arrayContaining([orgs.pending.id, orgs.suspended.id]));
    expect(ids(city)).not.toContain(orgs.rejected.id);
    const named = await find(`brianza ${run}`).expect(200);
    expect(named.body).toEqual([{ id: orgs.vetted.id, name: `Trasporti Brianza ${run} S.r.l.`, kind: 'company', status: 'vetted', vatNumber: '01234567897', taxCode: null }]);
  });

  it('finds by partita IVA or codice fiscale, exact or by its start, a sole trader\'s personal codice fiscale too', async () => {
    expect(ids(await find('00743110157').expect(200))[0]).toBe(orgs.pending.id);
    expect(ids(await find('0074311').expect(200))).toContain(orgs.pending.id);
    expect(ids(await find(' rssmra85t10a562s ').expect(200))).toEqual([orgs.soleTrader.id]);
  });

  it('lets the counsellor block an organisation that has never published anything', async () => {
    const { id } = await createProfile(t, w.counsellor);
    const res = await request(t.server)
      .put(`/api/profiles/${id}/safety`)
      .set('Authorization', w.counsellor.auth)
      .send({ exclusions: [], blockedOrganisations: [orgs.pending.id] })
      .expect(200);
    expect(res.body.safety.blockedOrganisations).toEqual([orgs.pending.id]);
    // The editor names what is blocked, whatever its status.
    const names = await request(t.server).get('/api/organisations/directory').query({ ids: `${orgs.pending.id},${orgs.rejected.id}` }).set('Authorization', w.counsellor.auth).expect(200);
    expect(names.body.map((o: { id: string; status: string }) => [o.id, o.status])).toEqual([
      [orgs.rejected.id, 'rejected'],
      [orgs.pending.id, 'pending'],
    ]);
  });

  it('is for counsellors only, and validates the text', async () => {
    expect((await find('citta', partner)).status).toBe(403);
    expect((await find('citta', coordinator)).status).toBe(403);
    expect((await request(t.server).get('/api/organisations/directory').query({ q: 'citta' })).status).toBe(401);
    const short = await find('c');
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
    expect((await request(t.server).get('/api/organisations/directory').set('Authorization', w.counsellor.auth)).status).toBe(422);
    expect((await request(t.server).get('/api/organisations/directory').query({ ids: 'not-a-uuid' }).set('Authorization', w.counsellor.auth)).status).toBe(422);
  });
});
