import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES, recomputeProfileJobId } from '@ponte/jobs';
import { AuditEntry } from '@ponte/persistence';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { RetentionModule } from './retention.module';
import { RETENTION_CRON, RETENTION_SCHEDULER_ID } from './retention.scheduler';
import { RetentionService } from './retention.service';

const DAY = 86_400_000;
const NOW = new Date('2027-06-01T10:00:00Z');
const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);

describe('retention', () => {
  let w: TestWorker;
  let retention: RetentionService;
  let networkId: string;
  let counsellorId: string;
  beforeAll(async () => {
    w = await createTestWorker([RetentionModule], { RETENTION_INACTIVE_DAYS: '30', RETENTION_ARCHIVED_DAYS: '10' });
    retention = w.context.get(RetentionService);
    [{ id: networkId }] = await w.dataSource.query(`INSERT INTO networks (code, name, lead_comune) VALUES ('r', 'Rete', '015146') RETURNING id`);
    [{ id: counsellorId }] = await w.dataSource.query(
      `INSERT INTO users (email, display_name, role) VALUES ('c@ponte.test', 'C', 'counsellor') RETURNING id`,
    );
  });
  afterAll(() => w.close());

  /** A profile with skills and a consent, its status and clock set directly. */
  async function profile(code: string, status: string, lastActivity: Date, archivedAt: Date | null = null): Promise<string> {
    const id = randomUUID();
    await w.dataSource.query(
      `INSERT INTO profiles (id, pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km,
                             status, last_activity_at, archived_at)
       VALUES ($1, $2, $3, $4, '25-34', '015146', 20, '{morning}', 10, $5, $6, $7)`,
      [id, code, networkId, counsellorId, status, lastActivity.toISOString(), archivedAt?.toISOString() ?? null],
    );
    await w.dataSource.query(
      `INSERT INTO profile_skills (profile_id, skill_uri, level, acquired_through, comment_encrypted, position)
       VALUES ($1, 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614', 'advanced', '{unpaid_care}', 'v1:k:sealed', 0)`,
      [id],
    );
    await w.dataSource.query(`INSERT INTO consents (profile_id, kind, basis, recorded_by) VALUES ($1, 'matching', 'explicit_verbal', $2)`, [id, counsellorId]);
    return id;
  }
  const statusOf = async (id: string) => (await w.dataSource.query('SELECT status, archived_at, version FROM profiles WHERE id = $1', [id]))[0];
  const counts = async () =>
    Object.fromEntries(
      (await w.dataSource.query('SELECT event, sum(count)::int AS n FROM indicator_counts WHERE network_id = $1 GROUP BY event', [networkId])).map(
        (r: { event: string; n: number }) => [r.event, r.n],
      ),
    );
  async function tablesNaming(needle: string): Promise<string[]> {
    const tables: { name: string }[] = await w.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      const [{ n }] = await w.dataSource.query(`SELECT count(*)::int AS n FROM "${name}" row WHERE strpos(row::text, $1) > 0`, [needle]);
      if (n) found.push(name);
    }
    return found.sort();
  }

  it('archives profiles inactive too long and erases those archived too long, on the given clock', async () => {
    const inactive = await profile('MI-AAAA-AAAA-AA1', 'active', daysBefore(31));
    const recent = await profile('MI-AAAA-AAAA-AA2', 'active', daysBefore(29));
    const longArchived = await profile('MI-AAAA-AAAA-AA3', 'archived', daysBefore(90), daysBefore(11));
    const justArchived = await profile('MI-AAAA-AAAA-AA4', 'archived', daysBefore(90), daysBefore(9));
    const pausedLong = await profile('MI-AAAA-AAAA-AA5', 'paused', daysBefore(100));

    expect(await retention.sweep(NOW, 1)).toEqual({ archived: 2, erased: 1 });

    for (const id of [inactive, pausedLong]) {
      expect(await statusOf(id)).toEqual({ status: 'archived', archived_at: NOW, version: 2 });
    }
    expect(await statusOf(recent)).toMatchObject({ status: 'active', version: 1 });
    expect(await statusOf(justArchived)).toMatchObject({ status: 'archived', version: 1 });
    expect(await tablesNaming(longArchived)).toEqual(['audit_log']);
    expect(await tablesNaming('MI-AAAA-AAAA-AA3')).toEqual([]);
    expect(await counts()).toEqual({ profile_archived: 2, profile_erased: 1 });

    const audit = await w.dataSource.getRepository(AuditEntry).find({ where: { targetId: longArchived } });
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'profile.erase',
        actorId: null,
        actorRole: 'system',
        networkId,
        details: {
          reason: 'retention',
          rows: expect.objectContaining({ consents: 1, skills: 1, languages: 0, exclusions: 0, blockedOrganisations: 0, profile: 1 }),
        },
      }),
    ]);
    const archivedAudit = await w.dataSource.getRepository(AuditEntry).findOneByOrFail({ targetId: inactive, action: 'profile.archive' });
    expect(archivedAudit.details).toEqual({ reason: 'retention', version: 2 });

    // Archived profiles are not matched: their matches are recomputed (away) for the new version.
    const matching = w.context.get<Queue>(getQueueToken(QUEUES.matching));
    expect(await matching.getJob(recomputeProfileJobId(inactive, 2))).toMatchObject({ name: JOBS.matching.recomputeProfile });

    const later = new Date(NOW.getTime() + 11 * DAY);
    expect(await retention.sweep(later)).toEqual({ archived: 1, erased: 3 });
    expect(await statusOf(recent)).toMatchObject({ status: 'archived' });
    for (const id of [inactive, justArchived, pausedLong]) expect(await statusOf(id)).toBeUndefined();
    expect(await retention.sweep(later)).toEqual({ archived: 0, erased: 0 });
    expect(await counts()).toEqual({ profile_archived: 3, profile_erased: 4 });
  });

  it('runs every night through a job scheduler, and the job sweeps on the real clock', async () => {
    const queue = w.context.get<Queue>(getQueueToken(QUEUES.retention));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: RETENTION_SCHEDULER_ID, pattern: RETENTION_CRON, tz: 'Europe/Rome', name: JOBS.retention.sweep })]);

    const stale = await profile('MI-BBBB-BBBB-BB1', 'active', daysBefore(40, new Date()));
    const events = new QueueEvents(QUEUES.retention, { connection: { url: w.env['REDIS_URL'] }, prefix: w.env['QUEUE_PREFIX'] });
    try {
      await events.waitUntilReady();
      const job = await queue.add(JOBS.retention.sweep, {});
      const result = await job.waitUntilFinished(events, 20_000);
      expect(result.archived).toBeGreaterThanOrEqual(1);
      expect(await statusOf(stale)).toMatchObject({ status: 'archived' });
    } finally {
      await events.close();
    }
  });
});
