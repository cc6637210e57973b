import { getQueueToken } from '@nestjs/bullmq';
import { closeAtDeadlineJobId, JOBS, QUEUES, SWEEP_DEADLINES_SCHEDULER } from '@ponte/jobs';
import { Queue, QueueEvents } from 'bullmq';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { CatalogueModule } from './catalogue.module';
import { SWEEP_EVERY_MS } from './catalogue.scheduler';
import { DeadlineCloser } from './deadline-closer.service';

describe('catalogue worker: closing at the deadline', () => {
  let w: TestWorker;
  let queue: Queue;
  let search: Queue;
  let events: QueueEvents;
  let organisationId: string;

  /** `days` relative to today in Milan. */
  const insert = async (table: 'offers' | 'courses', days: number, status = 'published') => {
    const sql =
      table === 'offers'
        ? `INSERT INTO offers (organisation_id, title, description, work_mode, weekly_hours, contract, seats, deadline, status, published_at)
           VALUES ($1, 'Addetta mensa', 'Turni brevi.', 'remote', 20, 'tirocinio', 1, (now() AT TIME ZONE 'Europe/Rome')::date + $2::int, $3, now())
           RETURNING id, version`
        : `INSERT INTO courses (organisation_id, title, description, work_mode, total_hours, start_date, end_date, deadline, seats, cost, status, published_at)
           VALUES ($1, 'Corso HACCP', 'Igiene alimentare.', 'remote', 12, current_date + 30, current_date + 40,
             (now() AT TIME ZONE 'Europe/Rome')::date + $2::int, 10, 'free', $3, now())
           RETURNING id, version`;
    const [row] = await w.dataSource.query(sql, [organisationId, days, status]);
    return row as { id: string; version: number };
  };
  const state = async (table: string, id: string) =>
    (await w.dataSource.query(`SELECT status, closed_reason, version FROM ${table} WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    w = await createTestWorker([CatalogueModule]);
    queue = w.context.get<Queue>(getQueueToken(QUEUES.catalogue));
    search = w.context.get<Queue>(getQueueToken(QUEUES.search));
    events = new QueueEvents(QUEUES.catalogue, { connection: { url: w.env['REDIS_URL'] }, prefix: w.env['QUEUE_PREFIX'] });
    await events.waitUntilReady();
    [{ id: organisationId }] = await w.dataSource.query(
      `INSERT INTO organisations (kind, legal_name, status) VALUES ('union', 'Camera del Lavoro', 'vetted') RETURNING id`,
    );
    // The sweep runs once at boot: let it finish so it cannot race the tests below.
    for (let i = 0; i < 100 && (await queue.getJobCounts('completed')).completed < 1; i++) await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(async () => {
    await events.close();
    await w.close();
  });

  it('closes a published offer whose deadline passed, bumps its version, audits it and queues its index update', async () => {
    const offer = await insert('offers', -1);
    const deadline = (await w.dataSource.query(`SELECT deadline::text AS d FROM offers WHERE id = $1`, [offer.id]))[0].d;
    const job = await queue.add(JOBS.catalogue.closeAtDeadline, { kind: 'offer', id: offer.id, deadline }, { jobId: closeAtDeadlineJobId({ kind: 'offer', id: offer.id, deadline }) });
    expect(await job.waitUntilFinished(events, 20_000)).toEqual({ closed: 1 });
    expect(await state('offers', offer.id)).toEqual({ status: 'closed', closed_reason: 'deadline', version: 2 });
    const [audit] = await w.dataSource.query(`SELECT actor_role, details FROM audit_log WHERE action = 'offer.close' AND target_id = $1`, [offer.id]);
    expect(audit).toEqual({ actor_role: 'system', details: { reason: 'deadline', version: 2 } });
    expect((await search.getJob(`index-offer-${offer.id}-v2`))?.data).toEqual({ kind: 'offer', id: offer.id, version: 2 });
  });

  it('leaves alone a record whose deadline is today or was moved later (a stale job)', async () => {
    const today = await insert('offers', 0);
    const later = await insert('courses', 5);
    const closer = w.context.get(DeadlineCloser);
    expect(await closer.closeOne('offer', today.id)).toEqual([]);
    expect(await closer.closeOne('course', later.id)).toEqual([]);
    expect((await state('offers', today.id)).status).toBe('published');
    expect((await state('courses', later.id)).status).toBe('published');
  });

  it('sweeps every overdue offer and course, and only published ones', async () => {
    const offer = await insert('offers', -3);
    const course = await insert('courses', -2);
    const draft = await insert('offers', -3, 'draft');
    const closed = await w.context.get(DeadlineCloser).sweep();
    expect(closed).toEqual(expect.arrayContaining([{ kind: 'offer', id: offer.id, version: 2 }, { kind: 'course', id: course.id, version: 2 }]));
    expect(closed.map((c) => c.id)).not.toContain(draft.id);
    expect((await state('offers', draft.id)).status).toBe('draft');
    expect(await w.context.get(DeadlineCloser).sweep()).toEqual([]);
  });

  it('registers the repeatable sweep, which ran once at boot', async () => {
    expect((await queue.getJobCounts('completed')).completed).toBeGreaterThanOrEqual(1);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: SWEEP_DEADLINES_SCHEDULER, name: JOBS.catalogue.sweepDeadlines, every: SWEEP_EVERY_MS })]);
  });
});
