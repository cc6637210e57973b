import { QUEUES } from '@ponte/jobs';
import { Queue } from 'bullmq';
import { AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import type { MatrixRow } from '../authorization/matrix-row';
import type { Actor } from '../authorization/authorization-world';
import { BuiltWorld, startBuiltWorld } from '../security/support/built-world';
import { DisposableServer, startDisposableRedis } from '../disposable-services';
import { BuiltApp, startBuiltWorker, until } from './support/built-apps';
import { MessageCounter, startMessageCounter } from './support/message-counter';
import { recordSection } from './support/resilience-report';

const EFFECTS_TIMEOUT_MS = 90_000;

/**
 * Redis restarted WITHOUT persistence: whatever it held is gone. Producers (the API) commit to
 * PostgreSQL first and enqueue after; the worker's repeatable sweeps (outbox, deadlines,
 * follow-ups, matching, search index, proposal withdrawals) find in PostgreSQL what was never
 * done and do it, exactly once. Two cases: jobs queued while the worker was down (the sweeps
 * run at its boot), and the worker running through the restart (its repeatable sweeps, which
 * Redis also forgot, are put back by JobSchedulerKeeper and run at once).
 */
describe('fault: Redis restarted with jobs queued', () => {
  let redis: DisposableServer;
  let smtp: MessageCounter;
  let world: BuiltWorld;
  let worker: BuiltApp | undefined;
  const queues: Queue[] = [];

  const call = async (method: string, path: string, actor: Actor | null, body?: unknown) => {
    const headers: Record<string, string> = { 'X-Forwarded-For': '10.44.0.1' };
    const auth = actor ? world.w.auth(actor) : null;
    if (auth) headers['Authorization'] = auth;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${world.api.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
  const rowSpec = async (route: string, actor: Actor) => (await (AUTHORIZATION_MATRIX.find((r) => r.route === route) as MatrixRow).request?.(world.w, actor)) ?? {};
  const one = async <T = number>(sql: string, params: unknown[] = []): Promise<T> => Object.values((await world.dataSource.query(sql, params))[0])[0] as T;
  const schedulers = async () => (await Promise.all(queues.map(async (q) => (await q.getJobSchedulers(0, -1)).map((s) => `${q.name}/${s.key}`)))).flat().sort();
  /** Jobs in Redis in the given states, over every queue. */
  const count = async (...states: ('waiting' | 'delayed' | 'active' | 'prioritized')[]) => {
    let total = 0;
    for (const q of queues) total += Object.values(await q.getJobCounts(...states)).reduce((a, b) => a + b, 0);
    return total;
  };
  /** Everything queued, delayed jobs included. */
  const queued = () => count('waiting', 'delayed', 'active', 'prioritized');
  /** Work in progress (schedulers always hold their next run as a delayed job). */
  const busy = () => count('waiting', 'active', 'prioritized');
  const restartRedis = async () => {
    await redis.stop();
    await redis.start();
  };

  beforeAll(async () => {
    [redis, smtp] = await Promise.all([startDisposableRedis(), startMessageCounter()]);
    world = await startBuiltWorld({ REDIS_URL: redis.url, SMTP_URL: smtp.url, MAIL_FROM: 'Ponte <no-reply@ponte.test>' });
    for (const name of Object.values(QUEUES)) {
      const queue = new Queue(name, { connection: { url: redis.url }, prefix: world.env.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      queues.push(queue);
    }
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await Promise.all(queues.map((q) => q.close()));
    await world?.close();
    await smtp?.close();
    await redis?.destroy();
  });

  it('loses no job: the sweeps redo in PostgreSQL what Redis forgot, once, and come back themselves after a restart', async () => {
    // 1. The running worker registers its sweeps; Redis forgets them; they come back.
    worker = await startBuiltWorker({ ...world.env, LOG_LEVEL: 'info' });
    await until('the worker to register its sweeps', async () => (await schedulers()).length >= 8, 30_000);
    const registered = await schedulers();
    await restartRedis();
    await until('the sweeps to be registered again after the restart', async () => (await schedulers()).join() === registered.join(), 60_000, 500).catch(async (error) => {
      throw new Error(`${(error as Error).message}: ${JSON.stringify({ registered, now: await schedulers() })}\n${worker?.log().split('\n').filter((l) => /JobSchedulers|error/i.test(l)).slice(0, 20).join('\n')}`);
    });
    await worker.stop();
    worker = undefined;

    // 2. Work committed through the API while the worker is down: its jobs wait in Redis.
    const registration = await call('POST', '/api/organisations/registrations', null, world.w.registration());
    expect(registration.status).toBe(201);
    const draft = await rowSpec('POST /api/offers/:id/publish', 'partnerAdmin');
    const published = await call('POST', `/api/offers/${draft.params?.['id']}/publish`, 'partnerAdmin');
    expect(published.status).toBe(200);
    const [{ id: overdue }] = await world.dataSource.query(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, published_at)
       VALUES ($1, 'Scaduta', 'Scadenza ieri', 'on_site', '015146', 20, '{morning}', 'tirocinio', 1, current_date - 2, 'published', now() - interval '30 days') RETURNING id`,
      [world.w.homeOrganisation.id],
    );
    const profile = await call('POST', '/api/profiles', 'counsellor', { ageBand: '25-34', homeComune: '015146', weeklyHours: 20, shifts: ['morning'], maxCommuteKm: 10 });
    expect(profile.status).toBe(201);
    const hired = String((await rowSpec('POST /api/proposals/:id/follow-ups', 'counsellor')).params?.['id']);
    // Months pass: both follow-up checkpoints are due.
    await world.dataSource.query(`UPDATE proposal_follow_ups SET due_at = now() - interval '1 day' WHERE proposal_id = $1`, [hired]);
    const open = String((await rowSpec('GET /api/proposals/:id', 'counsellor')).params?.['id']);
    const [{ profileId, consentId }] = await world.dataSource.query(
      `SELECT c.profile_id AS "profileId", c.id AS "consentId" FROM consents c JOIN proposals p ON p.profile_id = c.profile_id WHERE p.id = $1 AND c.kind = 'share_card'`,
      [open],
    );
    expect((await call('POST', `/api/profiles/${profileId}/consents/${consentId}/revoke`, 'counsellor')).status).toBe(200);
    const jobsQueued = await queued();
    expect(jobsQueued).toBeGreaterThan(0);

    // 3. Redis restarts empty: every queued job is gone.
    await restartRedis();
    await until('Redis to answer', async () => (await queued().catch(() => -1)) >= 0, 20_000, 200);
    const jobsAfterRestart = await queued();
    expect(jobsAfterRestart).toBe(0);
    // The outbox sweep leaves rows younger than its grace period to the API's own dispatch: let them age.
    await world.dataSource.query(`UPDATE mail_outbox SET created_at = created_at - interval '5 minutes' WHERE status = 'pending'`);

    // 4. The worker starts: its sweeps do what was lost.
    worker = await startBuiltWorker({ ...world.env, LOG_LEVEL: 'info' });
    const effects = async () => ({
      mailsPending: await one(`SELECT count(*)::int FROM mail_outbox WHERE status <> 'sent'`),
      mailsSent: await one(`SELECT count(*)::int FROM mail_outbox WHERE status = 'sent'`),
      publishedIndexed: await one(`SELECT count(*)::int FROM search_documents WHERE source_id = $1`, [draft.params?.['id']]),
      overdueClosed: await one(`SELECT count(*)::int FROM offers WHERE id = $1 AND status = 'closed' AND closed_reason = 'deadline'`, [overdue]),
      closeAudits: await one(`SELECT count(*)::int FROM audit_log WHERE action = 'offer.close' AND target_id = $1`, [overdue]),
      followUpReminders: await one(`SELECT count(*)::int FROM notifications WHERE kind = 'follow_up_due' AND target_id = $1`, [hired]),
      profileMatched: await one(`SELECT count(*)::int FROM match_states s JOIN profiles p ON p.id = s.profile_id AND p.version = s.profile_version WHERE p.id = $1`, [profile.json.id]),
      proposalWithdrawn: await one(`SELECT count(*)::int FROM proposals WHERE id = $1 AND state = 'withdrawn'`, [open]),
      withdrawalEntries: await one(`SELECT count(*)::int FROM proposal_history WHERE proposal_id = $1 AND state = 'withdrawn'`, [open]),
    });
    const done = (e: Awaited<ReturnType<typeof effects>>) =>
      e.mailsPending === 0 && e.publishedIndexed === 1 && e.overdueClosed === 1 && e.followUpReminders >= 2 && e.profileMatched === 1 && e.proposalWithdrawn === 1;
    let after = await effects();
    await until('every lost job to be redone by the sweeps', async () => done((after = await effects())), EFFECTS_TIMEOUT_MS, 1000).catch((error) => {
      throw new Error(`${(error as Error).message}: ${JSON.stringify(after)}\n${worker?.tail()}`);
    });
    await until('the sweeps to finish', async () => (await busy()) === 0, 30_000, 500);

    // 5. Once: another restart with the worker running re-creates the sweeps, which run at once and find nothing left.
    await restartRedis();
    await until('the sweeps to be registered again', async () => (await schedulers()).join() === registered.join(), 60_000, 500);
    await until('the sweeps to run', async () => (await busy()) === 0, 30_000, 500);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const again = await effects();
    const deliveries = [...smtp.counts.values()];

    recordSection({
      id: 'fault-redis-restart',
      kind: 'fault',
      title: 'Redis restarted without persistence, with jobs queued (built API and worker)',
      figures: {
        schedulersRestoredAfterRestart: registered.length,
        jobsQueuedBeforeRestart: jobsQueued,
        jobsLeftAfterRestart: jobsAfterRestart,
        mailsSent: again.mailsSent,
        mailsDeliveredTwice: deliveries.filter((n) => n > 1).length,
        searchDocumentsIndexed: again.publishedIndexed,
        overdueOffersClosed: again.overdueClosed,
        followUpRemindersSent: again.followUpReminders,
        profilesMatched: again.profileMatched,
        proposalsWithdrawn: again.proposalWithdrawn,
      },
      checks: [
        'the worker running through a restart gets its repeatable sweeps back (JobSchedulerKeeper) and they run at once',
        'jobs of every queue committed while the worker was down and lost with Redis are redone by the sweeps: mail outbox, search index (search_index_state), deadline close, follow-up reminders, matching, proposal withdrawals',
        'a second restart runs every sweep again and nothing happens twice (one mail per Message-ID, one close audit, one reminder per checkpoint, one withdrawal)',
      ],
      details: { registered, effects: again },
    });

    // Nothing happened twice (mails are counted by Message-ID below: reminders sent after `after` add some).
    expect({ ...again, mailsSent: 0 }).toEqual({ ...after, mailsSent: 0 });
    expect(again.closeAudits).toBe(1);
    expect(again.followUpReminders).toBe(2);
    expect(again.withdrawalEntries).toBe(1);
    expect(again.mailsSent).toBeGreaterThan(0);
    expect(deliveries.length).toBe(again.mailsSent);
    expect(deliveries.every((n) => n === 1)).toBe(true);
  }, 300_000);
});
