import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { proposalTestRows } from '../proposal-test-rows';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { storedKeys, upsertMatches, type MatchRow } from './match-store';

/** The rows as sent (arrays unnested by the server, explanations as one text split by it) come back as written. */
describe('upsertMatches', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let rows: ReturnType<typeof proposalTestRows>;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-match-store', poolSize: 2 });
    await ds.initialize();
    rows = proposalTestRows(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('stores every column of every row, multi-byte explanations included, and skips a profile of another version', async () => {
    const { counsellor, networkId } = await rows.counsellorAndNetwork('store');
    const organisationId = await rows.organisation();
    const offers = [await rows.offer(organisationId), await rows.offer(organisationId)];
    const [her, other] = [await rows.profile(networkId, counsellor), await rows.profile(networkId, counsellor)];
    const explanations = [{ comune: 'Cantù', note: 'è già “qui” — 🙂', separator: '\x1e' }, { km: 8.9, shifts: ['weekend'] }];
    const written: MatchRow[] = [
      ...offers.map((targetId, i): MatchRow => ({ profileId: her, kind: 'offer', targetId, organisationId, score: [87.25, 0.01][i], explanation: JSON.stringify(explanations[i]), profileVersion: 1, targetVersion: 1 })),
      { profileId: her, kind: 'course', targetId: offers[0], organisationId, score: 100, explanation: explanations[1], profileVersion: 1, targetVersion: 3 },
      // Her version is 1: computed on version 2, this row is pointless and skipped.
      { profileId: other, kind: 'offer', targetId: offers[0], organisationId, score: 50, explanation: {}, profileVersion: 2, targetVersion: 1 },
    ];

    expect(await upsertMatches(ds.manager, written)).toBe(3);

    const stored: { kind: string; targetId: string; score: string; explanation: object; targetVersion: number }[] = await ds.query(
      `SELECT kind, target_id AS "targetId", score::text, explanation, target_version AS "targetVersion" FROM matches WHERE profile_id = $1 ORDER BY kind, score DESC`,
      [her],
    );
    expect(stored).toEqual([
      { kind: 'course', targetId: offers[0], score: '100.00', explanation: explanations[1], targetVersion: 3 },
      { kind: 'offer', targetId: offers[0], score: '87.25', explanation: explanations[0], targetVersion: 1 },
      { kind: 'offer', targetId: offers[1], score: '0.01', explanation: explanations[1], targetVersion: 1 },
    ]);
    expect(await storedKeys(ds.manager, [other])).toEqual([]);
    expect((await storedKeys(ds.manager, [her, other])).map((k) => `${k.kind}:${k.targetId}`).sort()).toEqual(
      [`course:${offers[0]}`, `offer:${offers[0]}`, `offer:${offers[1]}`].sort(),
    );
  });
});
