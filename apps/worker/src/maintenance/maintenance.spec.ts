import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@ponte/jobs';
import { catalogueChangesSince, type CatalogueMark } from '@ponte/persistence';
import { Queue, QueueEvents } from 'bullmq';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { MaintenanceModule } from './maintenance.module';
import { PURGE_CRON, PURGE_SCHEDULER_ID } from './maintenance.scheduler';
import { MaintenanceService } from './maintenance.service';

const HOUR = 3_600_000;
const NOW = new Date('2027-03-15T12:00:00Z');
const before = (hours: number, from = NOW) => new Date(from.getTime() - hours * HOUR).toISOString();

describe('maintenance purge', () => {
  let w: TestWorker;
  let maintenance: MaintenanceService;
  beforeAll(async () => {
    w = await createTestWorker([MaintenanceModule]);
    maintenance = w.context.get(MaintenanceService);
  });
  afterAll(() => w.close());

  async function mail(status: string, createdAt: string, sentAt: string | null): Promise<string> {
    const [{ id }] = await w.dataSource.query(
      `INSERT INTO mail_outbox ("to", template, status, created_at, sent_at) VALUES ('partner@ponte.test', 'proposal-received', $1, $2, $3) RETURNING id`,
      [status, createdAt, sentAt],
    );
    return id;
  }
  async function key(name: string, createdAt: string, completed: boolean): Promise<void> {
    await w.dataSource.query(
      `INSERT INTO idempotency_keys (owner, key, method, path, request_hash, status, response, created_at, completed_at)
       VALUES ('user-1', $1, 'POST', '/api/profiles', 'h', $2, $3, $4, $5)`,
      [name, completed ? 201 : null, completed ? { id: 'x' } : null, createdAt, completed ? createdAt : null],
    );
  }
  const mailIds = async () => (await w.dataSource.query('SELECT id FROM mail_outbox ORDER BY created_at')).map((r: { id: string }) => r.id).sort();
  const keyNames = async () => (await w.dataSource.query('SELECT key FROM idempotency_keys ORDER BY key')).map((r: { key: string }) => r.key);

  it('deletes mails sent over 30 days ago and idempotency keys over 24 h old, nothing else, in batches', async () => {
    const oldSent = [await mail('sent', before(32 * 24), before(31 * 24)), await mail('sent', before(40 * 24), before(40 * 24))];
    const kept = [
      await mail('sent', before(31 * 24), before(29 * 24)), // created long ago, sent recently
      await mail('pending', before(40 * 24), null),
      await mail('failed', before(40 * 24), null),
    ];
    await key('completed-old', before(25), true);
    await key('abandoned-old', before(25), false);
    await key('completed-new', before(23), true);
    await key('running-new', before(1), false);

    expect(await maintenance.purge(NOW, 1)).toEqual({ sentMails: 2, idempotencyKeys: 2, listingChanges: 0 });
    expect(await mailIds()).toEqual(kept.sort());
    expect(oldSent.some((id) => kept.includes(id))).toBe(false);
    expect(await keyNames()).toEqual(['completed-new', 'running-new']);
    expect(await maintenance.purge(NOW)).toEqual({ sentMails: 0, idempotencyKeys: 0, listingChanges: 0 });
  });

  it('deletes listing changes written over a day ago, and tells the catalogue caches', async () => {
    await w.dataSource.query('DELETE FROM listing_changes');
    const stamped = (hours: number, runner: { query(sql: string, params: unknown[]): Promise<unknown> } = w.dataSource) =>
      runner.query('INSERT INTO listing_changes (at) VALUES ($1)', [before(hours)]);
    await stamped(30);
    await stamped(26);
    await stamped(1);
    // A transaction that wrote a listing a day and a half ago commits after a cache's check.
    const writer = w.dataSource.createQueryRunner();
    let mark: CatalogueMark | null = null;
    try {
      await writer.startTransaction();
      await stamped(36, writer);
      ({ mark } = await catalogueChangesSince(w.dataSource.manager, null));
      await writer.commitTransaction();
    } finally {
      await writer.release();
    }
    const stamps = async () =>
      (await w.dataSource.query('SELECT round(extract(epoch FROM $1::timestamptz - at) / 3600)::int AS hours FROM listing_changes ORDER BY xid', [NOW])).map(
        (r: { hours: number }) => r.hours,
      );

    expect(await maintenance.purge(NOW, 2)).toEqual({ sentMails: 0, idempotencyKeys: 0, listingChanges: 3 });
    // The recent row, and the prune's own, one per batch that deleted.
    expect(await stamps()).toEqual([1, 0, 0]);
    // The committed transaction's row is gone; the prune's says that something may have changed.
    expect((await catalogueChangesSince(w.dataSource.manager, mark)).changed).toBe(true);
    expect((await maintenance.purge(NOW)).listingChanges).toBe(0);
    await w.dataSource.query('DELETE FROM listing_changes');
  });

  it('runs every hour through a job scheduler, and the job purges on the real clock', async () => {
    const queue = w.context.get<Queue>(getQueueToken(QUEUES.maintenance));
    expect(await queue.getJobSchedulers()).toEqual([
      expect.objectContaining({ key: PURGE_SCHEDULER_ID, pattern: PURGE_CRON, tz: 'Europe/Rome', name: JOBS.maintenance.purge }),
    ]);
    const now = new Date();
    await mail('sent', before(31 * 24, now), before(31 * 24, now));
    await key('expired', before(30, now), true);
    const events = new QueueEvents(QUEUES.maintenance, { connection: { url: w.env['REDIS_URL'] }, prefix: w.env['QUEUE_PREFIX'] });
    try {
      await events.waitUntilReady();
      const job = await queue.add(JOBS.maintenance.purge, {});
      expect(await job.waitUntilFinished(events, 20_000)).toEqual({ sentMails: 1, idempotencyKeys: 1, listingChanges: 0 });
      expect(await keyNames()).not.toContain('expired');
    } finally {
      await events.close();
    }
  });
});
