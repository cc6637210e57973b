import { AuditEntry, Organisation, User } from '@ponte/persistence';
import request from 'supertest';
import { createTestApp, TestApp } from '../../test/test-app';
import { lastMail, registrationBody as registration } from '../../test/identity-fixtures';

describe('organisation self-registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  let ip = 0;
  const register = (body: object) => request(t.server).post('/api/organisations/registrations').set('X-Forwarded-For', `10.6.0.${++ip % 250}`).send(body);

  it('registers a pending company with its first partner admin, who can sign in and follow the vetting', async () => {
    const body = registration({ vatNumber: 'IT 00743110157' });
    const res = await register(body).expect(201);
    expect(res.body).toEqual({ organisationId: expect.any(String), status: 'pending', adminUserId: expect.any(String) });
    const organisation = await t.dataSource.getRepository(Organisation).findOneByOrFail({ id: res.body.organisationId });
    expect(organisation).toMatchObject({ vatNumber: '00743110157', status: 'pending', kind: 'company', atecoCode: '62.01', contactPhone: '+39 02 1234567' });
    expect(organisation.antiHarassmentDeclaredAt).toBeInstanceOf(Date);
    const admin = await t.dataSource.getRepository(User).findOneByOrFail({ id: res.body.adminUserId });
    expect(admin).toMatchObject({ role: 'partner_admin', organisationId: organisation.id });
    const login = await request(t.server).post('/api/auth/login').send({ email: body.admin.email, password: body.admin.password }).expect(200);
    const mine = await request(t.server).get('/api/organisations/mine').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(mine.body).toMatchObject({ id: organisation.id, status: 'pending', canPublish: false, vettingHistory: [] });
    expect((await lastMail(t, 'organisation-registered', body.admin.email))?.params['link']).toMatch(/\/organisation$/);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'organisation.register', targetId: organisation.id })).toBe(1);
  });

  it.each([
    ['00488410010', 201],
    ['IT07643520567', 201],
    ['12345678903', 201],
    ['12345678901', 422],
    ['00000000000', 422],
    ['02839750962', 422],
    ['0074311015', 422],
    ['007431101570', 422],
    ['0074311015A', 422],
  ])('partita IVA %s → %i', async (vatNumber, status) => {
    const res = await register(registration({ vatNumber, legalName: `Impresa ${vatNumber}` })).expect(status);
    if (status === 422) expect(res.body.errors).toEqual([expect.objectContaining({ field: 'vatNumber', code: 'partitaIvaInvalid' })]);
  });

  it.each([
    ['80199230584', 201],
    ['80011990639', 201],
    ['97012345678', 422],
    ['RSSMRA80A01F205X', 422],
  ])('union with codice fiscale %s only → %i', async (taxCode, status) => {
    const res = await register(registration({ kind: 'union', vatNumber: undefined, taxCode, legalName: `Sindacato ${taxCode}` })).expect(status);
    if (status === 422) expect(res.body.errors).toEqual([expect.objectContaining({ field: 'taxCode', code: 'codiceFiscaleOrganisationInvalid' })]);
  });

  it('names every broken rule at once, with JSON paths', async () => {
    const res = await register(
      registration({
        kind: 'training_body',
        vatNumber: undefined,
        atecoCode: '6201',
        seatComune: '015999',
        contact: { name: 'Segreteria', email: 'segreteria@ente.test', phone: '12' },
        antiHarassmentDeclaration: false,
        admin: { email: 'direzione@ente.test', displayName: 'Direzione', password: 'direzione@ente.test-2026' },
      }),
    ).expect(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'accreditationNumber:accreditationRequired',
      'admin.password:passwordContainsEmail',
      'antiHarassmentDeclaration:declarationRequired',
      'atecoCode:atecoInvalid',
      'contact.phone:phoneInvalid',
      'seatComune:comuneUnknown',
      'vatNumber:vatNumberOrTaxCodeRequired',
    ]);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'direzione@ente.test' })).toBe(0);
  });

  it('accepts a training body with its accreditation number, and refuses unknown fields', async () => {
    await register(registration({ kind: 'training_body', vatNumber: '80011990639', accreditationNumber: 'LOM-1234/2024' })).expect(201);
    const res = await register({ ...registration(), website: 'https://x.test' }).expect(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'website', code: 'whitelistValidation' })]);
  });

  it('refuses a partita IVA or an admin e-mail already registered', async () => {
    const first = registration({ vatNumber: '01234567897' });
    await register(first).expect(201);
    const res = await register(registration({ vatNumber: '01234567897', admin: first.admin })).expect(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['admin.email:emailTaken', 'vatNumber:vatNumberTaken']);
  });

  it('accepts the metropolitan comuni and any comune loaded into the comuni table, nothing else', async () => {
    const union = (seatComune: string) => registration({ vatNumber: undefined, taxCode: '80199230584', kind: 'union', seatComune });
    await register(union('015182')).expect(201); // Rho, built in
    expect((await register(union('108033')).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'seatComune', code: 'comuneUnknown' })]);
    await t.dataSource.query(`INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('108033', 'Monza', 45.5845, 9.2744) ON CONFLICT DO NOTHING`);
    await register(union('108033')).expect(201);
    await register(union('015999')).expect(422);
  });

  it('rate-limits registrations per IP', async () => {
    const from = (n: number) => request(t.server).post('/api/organisations/registrations').set('X-Forwarded-For', '10.7.7.7').send(registration({ vatNumber: 'x'.repeat(n % 2) }));
    for (let i = 0; i < 10; i++) await from(i).expect(422);
    expect((await from(10).expect(429)).headers['retry-after']).toBeDefined();
  });
});
