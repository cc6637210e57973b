import { testEnvironment } from '@ponte/config';
import { createDataSource } from '@ponte/persistence';
import type { DataSource } from 'typeorm';
import { DisposableServer, startDisposablePostgres } from '../disposable-services';
import { BuiltApp, startBuiltApi, until } from './support/built-apps';
import { insertCaller, insertNetwork, insertOrganisation } from './support/principals';
import { dropQueueKeys } from './support/queue-keys';
import { recordSection } from './support/resilience-report';

/** A client gives up after this: an answer later than that counts as a hang. */
const CLIENT_TIMEOUT_MS = 10_000;
const HEALTHY_MS = 1500;
const OUTAGE_MS = 3000;
/** After the restart, the stream runs until this many writes were acknowledged (or the time below). */
const ACKS_AFTER_RESTART = 40;
const RECOVERY_LIMIT_MS = 45_000;
const SKILL = 'http://data.europa.eu/esco/skill/0a0a0a0a-0000-4000-8000-000000000001';

type Phase = 'before' | 'outage' | 'after';
interface Attempt {
  kind: 'profile' | 'offer';
  phase: Phase;
  status: number;
  contentType: string;
  problemType?: string;
  id?: string;
  error?: string;
  ms: number;
  endedAt: number;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const BODIES = {
  profile: () => ({ ageBand: '25-34', homeComune: '015146', weeklyHours: 20, shifts: ['morning'], maxCommuteKm: 10 }),
  offer: () => ({
    title: 'Addetta alle vendite',
    description: 'Inserimento protetto in negozio',
    essentialSkills: [SKILL],
    workMode: 'on_site',
    comune: '015146',
    weeklyHours: 30,
    shifts: ['morning'],
    contract: 'tempo_determinato',
    seats: 1,
    deadline: inDays(30),
  }),
};
const PATHS = { profile: '/api/profiles', offer: '/api/offers' };

/**
 * PostgreSQL stopped in the middle of a stream of creating writes through the BUILT API, then
 * started again: meanwhile every answer is a 503 problem+json (never a 500, never a hang past
 * the client timeout), the API recovers by itself, and every acknowledged write is in the
 * database afterwards (found ≥ acknowledged: a commit whose answer was lost may add more).
 */
describe('fault: PostgreSQL restarted during writes', () => {
  let pg: DisposableServer;
  let api: BuiltApp;
  let ds: DataSource;
  let env: Record<string, string>;
  const auth = { profile: '', offer: '' };

  const connect = async (url: string) => {
    const source = createDataSource({ url, applicationName: 'ponte-test-fault', poolSize: 2 });
    await source.initialize();
    return source;
  };

  beforeAll(async () => {
    pg = await startDisposablePostgres();
    ds = await connect(pg.url);
    await ds.runMigrations({ transaction: 'each' });
    await ds.query(`INSERT INTO esco_concepts (uri, kind) VALUES ($1, 'skill')`, [SKILL]);
    await ds.query(`INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('015146', 'Milano', 45.4668, 9.1905) ON CONFLICT DO NOTHING`);
    env = testEnvironment({ DATABASE_URL: pg.url, LOG_LEVEL: 'warn' });
    const networkId = await insertNetwork(ds);
    const organisationId = await insertOrganisation(ds);
    auth.profile = (await insertCaller(ds, env.JWT_SECRET, 'counsellor', { networkId })).auth;
    auth.offer = (await insertCaller(ds, env.JWT_SECRET, 'partner_admin', { organisationId })).auth;
    api = await startBuiltApi(env);
  }, 90_000);

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy().catch(() => undefined);
    await pg?.destroy();
    if (env) await dropQueueKeys(env.REDIS_URL, env.QUEUE_PREFIX);
  });

  it('answers 503 problem+json during the outage, recovers alone, and loses no acknowledged write', async () => {
    const attempts: Attempt[] = [];
    let phase: Phase = 'before';
    let running = true;
    let restartedAt = 0;

    const write = async (kind: Attempt['kind']) => {
      const started = Date.now();
      const at = phase;
      try {
        const res = await fetch(`${api.url}${PATHS[kind]}`, {
          method: 'POST',
          headers: { Authorization: auth[kind], 'Content-Type': 'application/json' },
          body: JSON.stringify(BODIES[kind]()),
          signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
        });
        const body = (await res.json().catch(() => null)) as { id?: string; type?: string } | null;
        attempts.push({ kind, phase: at, status: res.status, contentType: res.headers.get('content-type') ?? '', problemType: body?.type, id: res.ok ? body?.id : undefined, ms: Date.now() - started, endedAt: Date.now() });
        // A polite client backs off a little when told the service is unavailable.
        if (res.status === 503) await new Promise((resolve) => setTimeout(resolve, 100));
      } catch (error) {
        attempts.push({ kind, phase: at, status: 0, contentType: '', error: (error as Error).name, ms: Date.now() - started, endedAt: Date.now() });
      }
    };
    const writer = async (kind: Attempt['kind']) => {
      while (running) await write(kind);
    };
    const acknowledged = () => attempts.filter((a) => a.status >= 200 && a.status < 300);
    const stream = Promise.all([writer('profile'), writer('profile'), writer('offer'), writer('offer')]);

    await new Promise((resolve) => setTimeout(resolve, HEALTHY_MS));
    // The fixture pool would see its connections die too: close it, reopen after.
    await ds.destroy();
    phase = 'outage';
    await pg.stop();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await pg.start();
    restartedAt = Date.now();
    phase = 'after';
    const ackedBefore = acknowledged().length;
    await until(`${ACKS_AFTER_RESTART} acknowledged writes after the restart`, () => acknowledged().length >= ackedBefore + ACKS_AFTER_RESTART, RECOVERY_LIMIT_MS, 100).finally(() => {
      running = false;
    });
    await stream;

    ds = await connect(pg.url);
    const ackedIds = acknowledged().map((a) => a.id as string);
    const [profilesFound, offersFound] = [
      Number((await ds.query('SELECT count(*)::int AS n FROM profiles'))[0].n),
      Number((await ds.query('SELECT count(*)::int AS n FROM offers'))[0].n),
    ];
    const ackedFound = Number((await ds.query('SELECT (SELECT count(*) FROM profiles WHERE id = ANY($1)) + (SELECT count(*) FROM offers WHERE id = ANY($1)) AS n', [ackedIds]))[0].n);
    const firstAckAfter = attempts.find((a) => a.phase === 'after' && a.status >= 200 && a.status < 300);
    const unexpected = attempts.filter((a) => !(a.status === 201 || a.status === 503));
    const badProblems = attempts.filter((a) => a.status === 503 && (!a.contentType.startsWith('application/problem+json') || a.problemType !== 'urn:ponte:problem:service-unavailable'));
    const figures = {
      attempted: attempts.length,
      acknowledged: ackedIds.length,
      found: profilesFound + offersFound,
      acknowledgedFound: ackedFound,
      lost: ackedIds.length - ackedFound,
      unavailable503: attempts.filter((a) => a.status === 503).length,
      otherStatuses: unexpected.length,
      slowestAnswerMs: Math.max(...attempts.map((a) => a.ms)),
      secondsToFirstWriteAfterRestart: firstAckAfter ? Number(((firstAckAfter.endedAt - restartedAt) / 1000).toFixed(1)) : -1,
    };
    recordSection({
      id: 'fault-postgres-restart',
      kind: 'fault',
      title: 'PostgreSQL restarted during writes (profiles and offers through the built API)',
      figures,
      checks: [
        `PostgreSQL stopped (fast shutdown) for ${OUTAGE_MS} ms while 4 clients created profiles and offers`,
        'every answer was 201 or 503 problem+json (service-unavailable); none timed out',
        'the API recovered without a restart; every acknowledged id is in the database',
      ],
    });

    if (unexpected.length) console.error(`API errors:\n${api.errors().join('\n')}`);
    expect(unexpected.map((a) => `${a.kind} ${a.phase}: ${a.status} ${a.error ?? a.problemType ?? ''}`)).toEqual([]);
    expect(badProblems).toEqual([]);
    expect(attempts.filter((a) => a.phase === 'outage' && a.status === 503).length).toBeGreaterThan(0);
    expect(attempts.filter((a) => a.phase === 'before' && a.status === 201).length).toBeGreaterThan(0);
    expect(firstAckAfter).toBeDefined();
    expect(ackedFound).toBe(ackedIds.length);
    expect(profilesFound + offersFound).toBeGreaterThanOrEqual(ackedIds.length);
  }, 120_000);
});

