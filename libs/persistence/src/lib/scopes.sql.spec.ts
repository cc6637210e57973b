import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { ELIGIBLE_PROFILE_SQL, inNetwork, inNetworks, OPEN_TARGET_SQL, partnerVisible } from './scopes.sql';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Each scope fragment selects exactly the rows it names, on the real schema. */
describe('scope fragments', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let counsellor: string;
  let vetted: string;

  const one = async (sql: string, params: unknown[] = []): Promise<string> => (await ds.query(sql, params))[0].id;
  const ids = async (sql: string, params: unknown[] = []): Promise<string[]> => (await ds.query(sql, params)).map((r: { id: string }) => r.id).sort();
  const sorted = (...values: string[]) => [...values].sort();

  const network = (code: string) => one(`INSERT INTO networks (code, name, lead_comune) VALUES ($1, 'Rete', '015146') RETURNING id`, [code]);
  const organisation = (status: string) => one(`INSERT INTO organisations (kind, legal_name, status) VALUES ('company', 'Impresa', $1) RETURNING id`, [status]);
  const profile = (networkId: string, status = 'active') =>
    one(
      `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km, status)
       VALUES ('PNT-' || substr(md5(random()::text), 1, 6), $1, $2, '35-44', '015146', 30, '{morning}', 20, $3) RETURNING id`,
      [networkId, counsellor, status],
    );
  const consent = async (profileId: string, kind: 'matching' | 'share_card', options: { organisationId?: string; revoked?: boolean } = {}) => {
    await ds.query(
      `INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by, revoked_at, revoked_by)
       VALUES ($1, $2, $3, 'explicit_verbal', $4, CASE WHEN $5 THEN now() END, CASE WHEN $5 THEN $4::uuid END)`,
      [profileId, kind, options.organisationId ?? null, counsellor, options.revoked ?? false],
    );
  };
  const offer = (organisationId: string, columns: { status?: string; deadline?: string; seats?: number; seatsFilled?: number } = {}) =>
    one(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, seats_filled, deadline, status, published_at)
       VALUES ($1, 'Offerta', 'Prova', 'on_site', '015146', 30, '{morning}', 'tirocinio', $2, $3, ${columns.deadline ?? 'current_date + 30'}, $4,
               CASE WHEN $4 <> 'draft' THEN now() END)
       RETURNING id`,
      [organisationId, columns.seats ?? 2, columns.seatsFilled ?? 0, columns.status ?? 'published'],
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-scopes', poolSize: 2 });
    await ds.initialize();
    counsellor = await one(`INSERT INTO users (email, display_name, role, totp_enabled_at) VALUES ('scopes@ponte.test', 'Operatrice', 'counsellor', now()) RETURNING id`);
    vetted = await organisation('vetted');
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('inNetworks and inNetwork keep the rows of the given networks only', async () => {
    const [north, south, west] = [await network('scope-n'), await network('scope-s'), await network('scope-w')];
    const [inNorth, inSouth] = [await profile(north), await profile(south)];
    await profile(west);
    const scoped = `SELECT p.id FROM profiles p WHERE p.network_id IN ($2, $3, $4) AND`;
    expect(await ids(`${scoped} ${inNetworks('$1')}`, [[north, south], north, south, west])).toEqual(sorted(inNorth, inSouth));
    expect(await ids(`${scoped} ${inNetworks('$1')}`, [[], north, south, west])).toEqual([]);
    expect(await ids(`${scoped} ${inNetwork('$1')}`, [south, north, south, west])).toEqual([inSouth]);
    expect(await ids(`SELECT r.id FROM profiles r WHERE r.network_id IN ($2, $3) AND ${inNetworks('$1', 'r')}`, [[north], north, south])).toEqual([inNorth]);
  });

  it('ELIGIBLE_PROFILE_SQL: active, with a matching consent not revoked', async () => {
    const home = await network('scope-e');
    const eligible = await profile(home);
    await consent(eligible, 'matching');
    const paused = await profile(home, 'paused');
    await consent(paused, 'matching');
    const revoked = await profile(home);
    await consent(revoked, 'matching', { revoked: true });
    const cardOnly = await profile(home);
    await consent(cardOnly, 'share_card', { organisationId: vetted });
    await profile(home);
    expect(await ids(`SELECT p.id FROM profiles p WHERE p.network_id = $1 AND ${ELIGIBLE_PROFILE_SQL}`, [home])).toEqual([eligible]);
  });

  it("OPEN_TARGET_SQL: published, of a vetted organisation, deadline day not over in Italy, a seat left", async () => {
    const open = await offer(vetted);
    const lastDay = await offer(vetted, { deadline: "(now() AT TIME ZONE 'Europe/Rome')::date" });
    const lastSeat = await offer(vetted, { seats: 2, seatsFilled: 1 });
    await offer(vetted, { deadline: "(now() AT TIME ZONE 'Europe/Rome')::date - 1" });
    await offer(vetted, { seats: 2, seatsFilled: 2 });
    await offer(vetted, { status: 'draft' });
    await offer(await organisation('suspended'));
    await offer(await organisation('pending'));
    const all = await ids('SELECT id FROM offers');
    const openNow = await ids(`SELECT t.id FROM offers t JOIN organisations o ON o.id = t.organisation_id WHERE t.id = ANY($1::uuid[]) AND ${OPEN_TARGET_SQL}`, [all]);
    expect(openNow).toEqual(sorted(open, lastDay, lastSeat));
  });

  it('partnerVisible: its own organisation, not withdrawn for her, her share_card for it and matching live, not blocked', async () => {
    const home = await network('scope-p');
    const listing = await offer(vetted);
    const other = await organisation('vetted');
    const otherListing = await offer(other);
    const proposal = async (profileId: string, target = { organisationId: vetted, offerId: listing }, withdrawnCause: string | null = null) =>
      one(
        `INSERT INTO proposals (profile_id, network_id, counsellor_id, organisation_id, kind, offer_id, card, match, state, withdrawn_cause)
         VALUES ($1, $2, $3, $4, 'offer', $5, '{}', '{}', CASE WHEN $6::text IS NULL THEN 'proposed' ELSE 'withdrawn' END, $6) RETURNING id`,
        [profileId, home, counsellor, target.organisationId, target.offerId, withdrawnCause],
      );
    const consenting = async () => {
      const id = await profile(home);
      await consent(id, 'matching');
      await consent(id, 'share_card', { organisationId: vetted });
      return id;
    };

    const visible = await proposal(await consenting());
    const withdrawnByCounsellor = await proposal(await consenting(), undefined, 'counsellor');
    await proposal(await consenting(), undefined, 'consent_revoked');
    await proposal(await consenting(), undefined, 'safety');
    await proposal(await consenting(), { organisationId: other, offerId: otherListing });
    const blocking = await consenting();
    await ds.query('INSERT INTO profile_blocked_organisations (profile_id, organisation_id) VALUES ($1, $2)', [blocking, vetted]);
    await proposal(blocking);
    const noMatching = await profile(home);
    await consent(noMatching, 'share_card', { organisationId: vetted });
    await consent(noMatching, 'matching', { revoked: true });
    await proposal(noMatching);
    const cardForOther = await profile(home);
    await consent(cardForOther, 'matching');
    await consent(cardForOther, 'share_card', { organisationId: other });
    await proposal(cardForOther);
    const cardRevoked = await profile(home);
    await consent(cardRevoked, 'matching');
    await consent(cardRevoked, 'share_card', { organisationId: vetted, revoked: true });
    await proposal(cardRevoked);

    expect(await ids(`SELECT p.id FROM proposals p WHERE p.network_id = $2 AND ${partnerVisible('$1')}`, [vetted, home])).toEqual(
      sorted(visible, withdrawnByCounsellor),
    );
  });
});
