import { createDataSource } from '@ponte/persistence';
import { Client } from 'pg';
import request from 'supertest';
import { catalogueWorld, type CatalogueWorld, inDays } from '../../test/catalogue/catalogue-world';
import { createProfile, profileWorld, type ProfileWorld } from '../../test/profiles/profile-fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { startStreamingReplica, type StreamingReplica } from '../../test/database/streaming-replica';

async function on<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Polls `check` until it holds: what the API does after a lag bound or a probe, never a timing assertion. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Reads on a replica (issue 23), against a real PostgreSQL 15 primary and streaming standby
 * started by this file (pg_basebackup), the API configured with DATABASE_READ_URL. Which server
 * ran a read is seen in the standby's pg_stat_activity (the API's replica connections are
 * `ponte-api-read`); lag is made by pausing the standby's replay.
 */
describe('reads on a streaming replica', () => {
  let clusters: StreamingReplica | undefined;
  let t: TestApp | undefined;
  let w: CatalogueWorld;
  let p: ProfileWorld;
  let profileId: string;

  const app = () => {
    if (!t) throw new Error('no app');
    return t;
  };
  const replicaUrl = () => clusters?.replicaUrl('ponte') ?? '';
  /** Whether a statement containing `fragment` started on the standby, from the API, since `since`. */
  const ranOnReplica = async (fragment: string, since: Date) => {
    const [{ n }] = await on<{ n: number }>(
      replicaUrl(),
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'ponte-api-read' AND query LIKE $1 AND query_start >= $2`,
      [`%${fragment}%`, since],
    );
    return n > 0;
  };
  const offersOf = async (who: { auth: string }) => {
    const res = await request(app().server).get('/api/offers?pageSize=100').set('Authorization', who.auth).expect(200);
    return (res.body.items as { id: string }[]).map((o) => o.id);
  };
  const offerBody = () => ({
    title: 'Saldatore a filo continuo',
    description: 'Saldatura MIG/MAG di strutture in acciaio, affiancamento iniziale con tutor.',
    occupationUri: w.uri.welder,
    essentialSkills: w.uri.welderSkills.slice(0, 2),
    workMode: 'on_site',
    comune: '015209',
    weeklyHours: 30,
    shifts: ['morning'],
    contract: 'tempo_determinato',
    seats: 1,
    startDate: inDays(40),
    deadline: inDays(20),
  });

  beforeAll(async () => {
    try {
      clusters = await startStreamingReplica();
      await on(clusters.primaryUrl('postgres'), 'CREATE DATABASE ponte');
      const migrate = createDataSource({ url: clusters.primaryUrl('ponte'), applicationName: 'ponte-test-migrate', poolSize: 1, statementTimeoutMs: 0 });
      await migrate.initialize();
      await migrate.runMigrations({ transaction: 'each' });
      await migrate.destroy();
      t = await createTestApp({
        DATABASE_URL: clusters.primaryUrl('ponte'),
        DATABASE_READ_URL: clusters.replicaUrl('ponte'),
        // Generous for a loaded CI machine, where a probe or the replay may take a second.
        DATABASE_READ_MAX_LAG_MS: '3000',
        DATABASE_READ_STICKY_MS: '6000',
      });
      w = await catalogueWorld(t);
      p = await profileWorld(t);
      profileId = (await createProfile(t, p.counsellor)).id;
      await clusters.caughtUp();
    } catch (error) {
      await t?.close();
      await clusters?.destroy();
      throw error;
    }
  }, 120_000);

  afterAll(async () => {
    try {
      await t?.close();
    } finally {
      await clusters?.destroy();
    }
  });

  it('serves lists, details and searches from the replica, and writes the audit entry of a read on the primary', async () => {
    const since = new Date();
    await eventually(async () => (await offersOf(w.company.member), ranOnReplica('FROM offers r', since)), 'the offers list runs on the replica');
    await eventually(async () => {
      const read = await request(app().server).get(`/api/profiles/${profileId}`).set('Authorization', p.colleague.auth).expect(200);
      return read.body.id === profileId && ranOnReplica('__found', since);
    }, 'the profile is read on the replica');
    // Every read wrote its entry, on the primary (a standby refuses writes), with the profile's network.
    const entries = await app().dataSource.query(`SELECT network_id FROM audit_log WHERE action = 'profile.read' AND target_id = $1 AND actor_id = $2`, [profileId, p.colleague.user.id]);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: { network_id: string }) => e.network_id === p.network.id)).toBe(true);

    await eventually(async () => {
      const list = await request(app().server).get('/api/profiles').set('Authorization', p.colleague.auth).expect(200);
      return list.body.items.map((i: { id: string }) => i.id).join() === profileId && ranOnReplica('FROM network_profile_counts n', since);
    }, 'the profile list is read on the replica');
    const [listed] = await app().dataSource.query(`SELECT details FROM audit_log WHERE action = 'profile.list' AND actor_id = $1 ORDER BY id DESC LIMIT 1`, [p.colleague.user.id]);
    expect(listed.details).toMatchObject({ total: 1, profileIds: [profileId] });

    // The search is one long statement: pg_stat_activity keeps its first kilobyte, so its head is matched.
    await eventually(
      async () => (await request(app().server).get('/api/search?q=saldatore').set('Authorization', p.colleague.auth).expect(200), ranOnReplica('WITH stamp AS MATERIALIZED (SELECT version FROM catalogue_changes)', since)),
      'the search runs on the replica',
    );
  });

  it('reads a caller’s writes on the primary within the write request and right after it; others move to the primary once the replica lags', async () => {
    await clusters?.pauseReplay();
    const admin = w.company.admin;
    const created = await request(app().server).post('/api/offers').set('Authorization', admin.auth).send(offerBody()).expect(201);
    // The answer of the publication is read in the same request, after the write.
    const published = await request(app().server).post(`/api/offers/${created.body.id}/publish`).set('Authorization', admin.auth).expect(200);
    expect(published.body).toMatchObject({ id: created.body.id, status: 'published' });
    // Right after: her reads stay on the primary.
    expect(await offersOf(admin)).toContain(created.body.id);
    await request(app().server).get(`/api/offers/${created.body.id}`).set('Authorization', admin.auth).expect(200);

    // A colleague who wrote nothing sees it too once the lag passes the bound, the replica still without it.
    await eventually(async () => (await offersOf(w.company.member)).includes(created.body.id), 'the primary takes the reads of a lagging replica');
    expect(await on(replicaUrl(), 'SELECT id FROM offers WHERE id = $1', [created.body.id])).toEqual([]);

    await clusters?.resumeReplay();
    await clusters?.caughtUp();
    const since = new Date();
    await eventually(async () => (await offersOf(w.company.member), ranOnReplica('FROM offers r', since)), 'the replica takes reads again once caught up');
    expect(await offersOf(w.company.member)).toContain(created.body.id);
  });

  it('answers from the primary, without an error, while the replica is down, and goes back to it when it returns', async () => {
    const [{ reads: readsBefore }] = await app().dataSource.query(`SELECT count(*)::int AS reads FROM audit_log WHERE action = 'profile.read' AND target_id = $1 AND actor_id = $2`, [profileId, p.colleague.user.id]);
    await clusters?.stopReplica();
    const before = await offersOf(w.company.member);
    expect(before.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      expect(await offersOf(w.company.member)).toEqual(before);
      await request(app().server).get(`/api/profiles/${profileId}`).set('Authorization', p.colleague.auth).expect(200);
      await request(app().server).get('/api/search?q=saldatore').set('Authorization', p.colleague.auth).expect(200);
    }
    const [{ reads }] = await app().dataSource.query(`SELECT count(*)::int AS reads FROM audit_log WHERE action = 'profile.read' AND target_id = $1 AND actor_id = $2`, [profileId, p.colleague.user.id]);
    expect(reads).toBe(readsBefore + 3);

    await clusters?.startReplica();
    await clusters?.caughtUp();
    const since = new Date();
    await eventually(async () => (await offersOf(w.company.member), ranOnReplica('FROM offers r', since)), 'the replica takes reads again after its restart');
  });
});
