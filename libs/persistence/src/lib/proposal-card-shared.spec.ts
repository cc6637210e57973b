import fc from 'fast-check';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { proposalTestRows } from './proposal-test-rows';
import { partnerVisible, partnerVisibleNow } from './scopes.sql';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * proposals.card_shared (migration 1765850000000) is what partnerVisible trusts instead of her
 * consents: it must equal the rule (her matching consent and her share_card consent for the
 * organisation active, the organisation not blocked) after every change, in the transaction of
 * the change, including when a proposal is made while a revocation commits.
 */
describe('proposals.card_shared', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let counsellor: string;
  let networkId: string;

  let rows: ReturnType<typeof proposalTestRows>;
  const one = (sql: string, params?: unknown[]) => rows.one(sql, params);
  const organisation = () => rows.organisation();
  const offer = (organisationId: string) => rows.offer(organisationId);
  const profile = () => rows.profile(networkId, counsellor);
  const PROPOSAL_SQL = `INSERT INTO proposals (profile_id, network_id, counsellor_id, organisation_id, kind, offer_id, card, match)
       VALUES ($1, $2, $3, $4, 'offer', $5, '{}', '{}') RETURNING id`;
  const consent = (profileId: string, kind: 'matching' | 'share_card', organisationId: string | null = null) =>
    ds.query(`INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by) VALUES ($1, $2, $3, 'explicit_verbal', $4)`, [
      profileId,
      kind,
      organisationId,
      counsellor,
    ]);
  const REVOKE_SQL = `UPDATE consents SET revoked_at = now(), revoked_by = recorded_by
       WHERE profile_id = $1 AND kind = $2 AND organisation_id IS NOT DISTINCT FROM $3::uuid AND revoked_at IS NULL`;
  const revoke = (profileId: string, kind: 'matching' | 'share_card', organisationId: string | null = null) => ds.query(REVOKE_SQL, [profileId, kind, organisationId]);
  const stored = async (proposalId: string): Promise<boolean> => (await ds.query('SELECT card_shared FROM proposals WHERE id = $1', [proposalId]))[0].card_shared;
  const client = async () => {
    const c = new Client({ connectionString: database.url });
    await c.connect();
    return c;
  };

  /** A profile with both consents for the organisation, proposed to its offer. */
  async function consenting(organisationId: string, offerId: string): Promise<{ profileId: string; proposalId: string }> {
    const profileId = await profile();
    await consent(profileId, 'matching');
    await consent(profileId, 'share_card', organisationId);
    return { profileId, proposalId: await one(PROPOSAL_SQL, [profileId, networkId, counsellor, organisationId, offerId]) };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-card-shared', poolSize: 3 });
    await ds.initialize();
    rows = proposalTestRows(ds);
    ({ counsellor, networkId } = await rows.counsellorAndNetwork('shared'));
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('follows every consent and block change, in the transaction that makes it', async () => {
    const org = await organisation();
    const { profileId, proposalId } = await consenting(org, await offer(org));
    expect(await stored(proposalId)).toBe(true);

    // Inside the revoking transaction it is already false; other sessions see it change at commit, not before.
    const revoking = await client();
    const reader = await client();
    try {
      const visibleCount = async () =>
        (await reader.query(`SELECT count(*)::int AS n FROM proposals p WHERE p.id = $2 AND ${partnerVisible('$1')}`, [org, proposalId])).rows[0].n;
      await revoking.query('BEGIN');
      await revoking.query(REVOKE_SQL, [profileId, 'share_card', org]);
      expect((await revoking.query('SELECT card_shared FROM proposals WHERE id = $1', [proposalId])).rows[0].card_shared).toBe(false);
      expect(await visibleCount()).toBe(1);
      await revoking.query('COMMIT');
      expect(await visibleCount()).toBe(0);
    } finally {
      await revoking.end();
      await reader.end();
    }

    await consent(profileId, 'share_card', org);
    expect(await stored(proposalId)).toBe(true);
    await revoke(profileId, 'matching');
    expect(await stored(proposalId)).toBe(false);
    await consent(profileId, 'matching');
    expect(await stored(proposalId)).toBe(true);
    await ds.query('INSERT INTO profile_blocked_organisations (profile_id, organisation_id) VALUES ($1, $2)', [profileId, org]);
    expect(await stored(proposalId)).toBe(false);
    await ds.query('DELETE FROM profile_blocked_organisations WHERE profile_id = $1', [profileId]);
    expect(await stored(proposalId)).toBe(true);
    await ds.query(`DELETE FROM consents WHERE profile_id = $1 AND kind = 'share_card'`, [profileId]);
    expect(await stored(proposalId)).toBe(false);
    // Nobody sets it by hand: the trigger computes it again.
    await ds.query('UPDATE proposals SET card_shared = true WHERE id = $1', [proposalId]);
    expect(await stored(proposalId)).toBe(false);
    // A share_card consent for another organisation changes nothing for this one.
    await consent(profileId, 'share_card', await organisation());
    expect(await stored(proposalId)).toBe(false);
  });

  it('a proposal made while her revocation commits is hidden, whichever goes first', async () => {
    const org = await organisation();
    const offerId = await offer(org);
    for (const first of ['revocation', 'proposal'] as const) {
      const profileId = await profile();
      await consent(profileId, 'matching');
      await consent(profileId, 'share_card', org);
      const [revoking, proposing] = [await client(), await client()];
      try {
        await revoking.query('BEGIN');
        await proposing.query('BEGIN');
        const revoke = () => revoking.query(REVOKE_SQL, [profileId, 'matching', null]);
        const propose = () => proposing.query(PROPOSAL_SQL, [profileId, networkId, counsellor, org, offerId]);
        let inserted: Promise<{ rows: { id: string }[] }>;
        if (first === 'revocation') {
          await revoke();
          inserted = propose(); // waits for her profile's lock
          await new Promise((resolve) => setTimeout(resolve, 200));
          await revoking.query('COMMIT');
          await inserted;
          await proposing.query('COMMIT');
        } else {
          inserted = propose();
          await inserted;
          const revoked = revoke(); // its trigger waits for her profile's lock
          await new Promise((resolve) => setTimeout(resolve, 200));
          await proposing.query('COMMIT');
          await revoked;
          await revoking.query('COMMIT');
        }
        const proposalId = (await inserted).rows[0].id;
        expect([first, await stored(proposalId)]).toEqual([first, false]);
      } finally {
        await revoking.end();
        await proposing.end();
      }
    }
  });

  it('is refused under REPEATABLE READ, where a snapshot could predate the lock', async () => {
    const org = await organisation();
    const { profileId } = await consenting(org, await offer(org));
    await expect(
      ds.transaction('REPEATABLE READ', (manager) => manager.query(REVOKE_SQL, [profileId, 'matching', null])),
    ).rejects.toThrow(/READ COMMITTED only/);
    expect((await ds.query(`SELECT count(*)::int AS n FROM consents WHERE profile_id = $1 AND revoked_at IS NULL`, [profileId]))[0].n).toBe(2);
  });

  it('equals the rule, and partnerVisible a plain reading of it, after any sequence of changes', async () => {
    const orgs = [await organisation(), await organisation()];
    const offers = [await offer(orgs[0]), await offer(orgs[1])];
    const profiles = [await profile(), await profile(), await profile()];
    const kind = fc.constantFrom('matching' as const, 'share_card' as const);
    const step = fc.oneof(
      fc.record({ op: fc.constant('record' as const), who: fc.nat(2), kind, org: fc.nat(1) }),
      fc.record({ op: fc.constant('revoke' as const), who: fc.nat(2), kind, org: fc.nat(1) }),
      fc.record({ op: fc.constant('block' as const), who: fc.nat(2), org: fc.nat(1) }),
      fc.record({ op: fc.constant('unblock' as const), who: fc.nat(2), org: fc.nat(1) }),
      fc.record({ op: fc.constant('propose' as const), who: fc.nat(2), org: fc.nat(1) }),
      fc.record({ op: fc.constant('withdraw' as const), who: fc.nat(2), org: fc.nat(1), cause: fc.constantFrom('counsellor', 'consent_revoked', 'safety') }),
      fc.record({ op: fc.constant('erase' as const), who: fc.nat(2) }),
    );
    type Step = { op: string; who: number; org?: number; kind?: 'matching' | 'share_card'; cause?: string };
    const apply = async (s: Step) => {
      const [p, o] = [profiles[s.who], orgs[s.org ?? 0]];
      const scope = s.kind === 'matching' ? null : o;
      if (s.op === 'record') {
        const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM consents WHERE profile_id = $1 AND kind = $2 AND organisation_id IS NOT DISTINCT FROM $3::uuid AND revoked_at IS NULL`, [p, s.kind, scope]);
        if (!n) await consent(p, s.kind as 'matching', scope);
      } else if (s.op === 'revoke') await revoke(p, s.kind as 'matching', scope);
      else if (s.op === 'block') await ds.query('INSERT INTO profile_blocked_organisations (profile_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [p, o]);
      else if (s.op === 'unblock') await ds.query('DELETE FROM profile_blocked_organisations WHERE profile_id = $1 AND organisation_id = $2', [p, o]);
      else if (s.op === 'propose') {
        await ds.query(`${PROPOSAL_SQL.replace(' RETURNING id', '')} ON CONFLICT DO NOTHING`, [p, networkId, counsellor, o, offers[s.org ?? 0]]);
      } else if (s.op === 'withdraw') {
        await ds.query(`UPDATE proposals SET state = 'withdrawn', withdrawn_cause = $3 WHERE profile_id = $1 AND organisation_id = $2 AND state <> 'withdrawn'`, [p, o, s.cause]);
      } else await ds.query('DELETE FROM consents WHERE profile_id = $1', [p]);
    };
    /** The rule read plainly from the rows, in TypeScript. */
    const expected = async () => {
      const consents: { profile_id: string; kind: string; organisation_id: string | null }[] = await ds.query(
        'SELECT profile_id, kind, organisation_id FROM consents WHERE profile_id = ANY($1) AND revoked_at IS NULL',
        [profiles],
      );
      const blocks: { profile_id: string; organisation_id: string }[] = await ds.query('SELECT * FROM profile_blocked_organisations WHERE profile_id = ANY($1)', [profiles]);
      const proposals: { id: string; profile_id: string; organisation_id: string; withdrawn_cause: string | null; card_shared: boolean }[] = await ds.query(
        'SELECT id, profile_id, organisation_id, withdrawn_cause, card_shared FROM proposals WHERE profile_id = ANY($1) ORDER BY id',
        [profiles],
      );
      const shared = (r: (typeof proposals)[number]) =>
        consents.some((c) => c.profile_id === r.profile_id && c.kind === 'matching') &&
        consents.some((c) => c.profile_id === r.profile_id && c.kind === 'share_card' && c.organisation_id === r.organisation_id) &&
        !blocks.some((b) => b.profile_id === r.profile_id && b.organisation_id === r.organisation_id);
      return {
        stored: proposals.map((r) => [r.id, r.card_shared]),
        rule: proposals.map((r) => [r.id, shared(r)]),
        visible: orgs.map((o) => proposals.filter((r) => r.organisation_id === o && (r.withdrawn_cause ?? 'counsellor') === 'counsellor' && shared(r)).map((r) => r.id)),
      };
    };
    const visibleIn = (fragment: (param: string) => string) =>
      Promise.all(
        orgs.map(async (o) =>
          (await ds.query(`SELECT p.id FROM proposals p WHERE p.profile_id = ANY($2) AND ${fragment('$1')} ORDER BY p.id`, [o, profiles])).map((r: { id: string }) => r.id),
        ),
      );

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        await ds.query('DELETE FROM proposals WHERE profile_id = ANY($1)', [profiles]);
        await ds.query('DELETE FROM consents WHERE profile_id = ANY($1)', [profiles]);
        await ds.query('DELETE FROM profile_blocked_organisations WHERE profile_id = ANY($1)', [profiles]);
        for (const s of steps) {
          await apply(s);
          const now = await expected();
          expect(now.stored).toEqual(now.rule);
          expect(await visibleIn(partnerVisible)).toEqual(now.visible);
          expect(await visibleIn(partnerVisibleNow)).toEqual(now.visible);
        }
      }),
      { numRuns: 25 },
    );
  }, 120000);
});
