import { getQueueToken } from '@nestjs/bullmq';
import {
  JOBS,
  QUEUES,
  recomputeCourseJobId,
  recomputeOfferJobId,
  recomputeOrganisationJobId,
  recomputationJobId,
  recomputeProfileJobId,
  type RecomputeProfileJob,
} from '@ponte/jobs';
import { unpackOfferExplanation } from '@ponte/matching';
import { eraseProfile, PROFILE_ERASERS, upsertMatches } from '@ponte/persistence';
import { type PrecomputeReport } from '@ponte/matching-adapter';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { DeadlineCloser } from '../catalogue/deadline-closer.service';
import { seedWorld, type SeededWorld } from '../../test/proposals/proposal-seed';
import { RecomputationModule } from '../recomputation/recomputation.module';
import { bootSweepSettled } from '../../test/boot-sweep';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { MatchingWorkerModule } from './matching.module';
import { MatchingService } from './matching.service';

const SKILL = 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614';
const OTHER_SKILL = 'http://data.europa.eu/esco/skill/61970f8b-099c-4e7e-82e0-9ccdced0baf3';

/** The matching consumer fed through the real queue, on a real database. */
describe('matching worker', () => {
  let w: TestWorker;
  let world: SeededWorld;
  let queue: Queue;

  beforeAll(async () => {
    w = await createTestWorker([MatchingWorkerModule, CatalogueModule, RecomputationModule]);
    queue = w.context.get<Queue>(getQueueToken(QUEUES.matching));
    await bootSweepSettled(queue, JOBS.matching.sweep);
    world = await seedWorld(w.dataSource);
    await w.dataSource.query(`INSERT INTO profile_skills (profile_id, skill_uri, level, acquired_through, position) VALUES ($1, $2, 'advanced', '{work}', 0)`, [
      world.profileId,
      SKILL,
    ]);
  });
  afterAll(() => w.close());

  async function settled(jobId: string, from: Queue = queue): Promise<PrecomputeReport> {
    for (let i = 0; i < 300; i++) {
      const job = await from.getJob(jobId);
      if (job && (await job.isCompleted())) return job.returnvalue;
      if (job && (await job.isFailed())) throw new Error(job.failedReason);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not complete`);
  }
  async function offer(fields: { organisationId?: string; comune?: string; deadline?: string; skills?: string[] } = {}): Promise<string> {
    const [{ id }] = await w.dataSource.query(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, essential_skills)
       VALUES ($1, 'Offerta', 'Descrizione', 'on_site', $2, 30, '{morning}', 'tempo_determinato', 2, $3::date, 'published', $4) RETURNING id`,
      [fields.organisationId ?? world.organisationId, fields.comune ?? '015209', fields.deadline ?? '2099-12-31', fields.skills ?? [SKILL]],
    );
    return id;
  }
  const rowsOf = (profileId: string) =>
    w.dataSource.query(
      `SELECT target_id AS "targetId", kind, profile_version AS "profileVersion", target_version AS "targetVersion", score::float8 AS score, explanation
       FROM matches WHERE profile_id = $1 ORDER BY score DESC, (explanation->>'evidence')::float8 DESC NULLS LAST, target_id`,
      [profileId],
    );
  const versionOf = async (profileId: string): Promise<number> => (await w.dataSource.query('SELECT version FROM profiles WHERE id = $1', [profileId]))[0].version;

  it('recompute-profile stores her ranked offers with explanation and versions, and her list state', async () => {
    const good = await offer();
    const weaker = await offer({ skills: [SKILL, OTHER_SKILL] });
    const version = await versionOf(world.profileId);
    const data: RecomputeProfileJob = { profileId: world.profileId, version };
    await queue.add(JOBS.matching.recomputeProfile, data, { jobId: recomputeProfileJobId(world.profileId, version) });
    const report = await settled(recomputeProfileJobId(world.profileId, version));
    // The boot sweep ran before anything was seeded: the job stores both.
    expect(report).toMatchObject({ profiles: 1, outdated: 0, stored: 2 });
    const rows = await rowsOf(world.profileId);
    expect(rows.map((r: { targetId: string }) => r.targetId)).toEqual([good, weaker]);
    expect(rows[0]).toMatchObject({ kind: 'offer', profileVersion: version, targetVersion: 1 });
    expect(unpackOfferExplanation(rows[0].explanation)).toMatchObject({ missingEssential: [], essentialCoverage: 1, schedule: { sharedShifts: ['morning'] } });
    expect(unpackOfferExplanation(rows[1].explanation).missingEssential).toEqual([OTHER_SKILL]);
    const [state] = await w.dataSource.query('SELECT profile_version AS "profileVersion", eligible, passed FROM match_states WHERE profile_id = $1', [world.profileId]);
    expect(state).toEqual({ profileVersion: version, eligible: true, passed: { offers: 2, courses: 0 } });
  });

  it('recompute-offer adds a new offer to the fitting lists and removes it everywhere once closed; a deadline close queues it', async () => {
    const fresh = await offer({ deadline: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10) });
    // Past its deadline: never matched.
    await queue.add(JOBS.matching.recomputeOffer, { offerId: fresh, version: 1 }, { jobId: recomputeOfferJobId(fresh, 1) });
    await settled(recomputeOfferJobId(fresh, 1));
    expect((await rowsOf(world.profileId)).some((r: { targetId: string }) => r.targetId === fresh)).toBe(false);

    await w.dataSource.query(`UPDATE offers SET deadline = '2099-12-31', version = 2 WHERE id = $1`, [fresh]);
    await queue.add(JOBS.matching.recomputeOffer, { offerId: fresh, version: 2 }, { jobId: recomputeOfferJobId(fresh, 2) });
    expect(await settled(recomputeOfferJobId(fresh, 2))).toMatchObject({ stored: 1 });
    expect(await rowsOf(world.profileId)).toContainEqual(expect.objectContaining({ targetId: fresh, targetVersion: 2 }));

    // The deadline closer (catalogue queue) queues the matching job of the closed version.
    await w.dataSource.query(`UPDATE offers SET deadline = current_date - 2 WHERE id = $1`, [fresh]);
    expect(await w.context.get(DeadlineCloser).closeOne('offer', fresh)).toEqual([{ kind: 'offer', id: fresh, version: 3 }]);
    expect(await settled(recomputeOfferJobId(fresh, 3))).toMatchObject({ deleted: 1 });
    expect((await rowsOf(world.profileId)).some((r: { targetId: string }) => r.targetId === fresh)).toBe(false);
  });

  it('recompute-organisation removes a suspended organisation\'s matches and restores them when vetted again', async () => {
    const theirs = await offer({ organisationId: world.otherOrganisationId });
    await queue.add(JOBS.matching.recomputeOffer, { offerId: theirs, version: 1 }, { jobId: recomputeOfferJobId(theirs, 1) });
    await settled(recomputeOfferJobId(theirs, 1));
    expect((await rowsOf(world.profileId)).some((r: { targetId: string }) => r.targetId === theirs)).toBe(true);
    await w.dataSource.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [world.otherOrganisationId]);
    const suspended = recomputeOrganisationJobId(world.otherOrganisationId, randomUUID());
    await queue.add(JOBS.matching.recomputeOrganisation, { organisationId: world.otherOrganisationId, status: 'suspended' }, { jobId: suspended });
    expect((await settled(suspended)).deleted).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(world.profileId)).some((r: { targetId: string }) => r.targetId === theirs)).toBe(false);
    await w.dataSource.query(`UPDATE organisations SET status = 'vetted' WHERE id = $1`, [world.otherOrganisationId]);
    const reinstated = recomputeOrganisationJobId(world.otherOrganisationId, randomUUID());
    await queue.add(JOBS.matching.recomputeOrganisation, { organisationId: world.otherOrganisationId, status: 'vetted' }, { jobId: reinstated });
    // Vetted again: the job fans out into a recomputation of its listings (QUEUES.recomputation).
    expect(await settled(reinstated)).toMatchObject({ recomputationId: reinstated, partitions: 1 });
    await settled(recomputationJobId(reinstated), w.context.get<Queue>(getQueueToken(QUEUES.recomputation)));
    expect((await rowsOf(world.profileId)).some((r: { targetId: string }) => r.targetId === theirs)).toBe(true);
  });

  it('recompute-course ranks the course into the lists of the profiles it passes the filters for', async () => {
    const [{ id }] = await w.dataSource.query(
      `INSERT INTO courses (organisation_id, title, description, skills_taught, work_mode, comune, shifts, total_hours, start_date, end_date, deadline, seats, cost, status)
       VALUES ($1, 'Corso', 'Descrizione', $2, 'on_site', '015146', '{morning}', 80, current_date + 30, current_date + 90, current_date + 20, 10, 'free', 'published')
       RETURNING id`,
      [world.organisationId, [OTHER_SKILL]],
    );
    await queue.add(JOBS.matching.recomputeCourse, { courseId: id, version: 1 }, { jobId: recomputeCourseJobId(id, 1) });
    expect(await settled(recomputeCourseJobId(id, 1))).toMatchObject({ profiles: 1, stored: 1 });
    const course = (await rowsOf(world.profileId)).find((r: { kind: string }) => r.kind === 'course');
    // She lacks the skill of a near offer (the weaker one): the course closes that gap.
    expect(course).toMatchObject({ targetId: id, explanation: { closes: [OTHER_SKILL] } });
  });

  it('jobs are idempotent and a result computed on older versions never replaces a newer one', async () => {
    const version = await versionOf(world.profileId);
    const before = await rowsOf(world.profileId);
    await queue.add(JOBS.matching.recomputeProfile, { profileId: world.profileId, version }, { jobId: `${recomputeProfileJobId(world.profileId, version)}-replay` });
    await settled(`${recomputeProfileJobId(world.profileId, version)}-replay`);
    expect((await rowsOf(world.profileId)).map(({ targetId, score }: { targetId: string; score: number }) => ({ targetId, score }))).toEqual(
      before.map(({ targetId, score }: { targetId: string; score: number }) => ({ targetId, score })),
    );
    const newest = before.find((r: { kind: string }) => r.kind === 'offer');
    const row = { profileId: world.profileId, kind: 'offer' as const, targetId: newest.targetId, organisationId: world.organisationId, explanation: {}, profileVersion: version };
    expect(await upsertMatches(w.dataSource.manager, [{ ...row, score: 42, targetVersion: newest.targetVersion + 5 }])).toBe(1);
    expect(await upsertMatches(w.dataSource.manager, [{ ...row, score: 1, targetVersion: newest.targetVersion + 4 }])).toBe(0);
    // A row for a profile version that is no longer current is not even written.
    expect(await upsertMatches(w.dataSource.manager, [{ ...row, score: 2, profileVersion: version - 1, targetVersion: newest.targetVersion + 9 }])).toBe(0);
    expect((await rowsOf(world.profileId)).find((r: { targetId: string; kind: string }) => r.kind === 'offer' && r.targetId === newest.targetId)).toMatchObject({
      score: 42,
      targetVersion: newest.targetVersion + 5,
    });
  });

  it('explanations are stored exactly as computed, row by row, whatever characters they hold', async () => {
    const version = await versionOf(world.profileId);
    const stored = (await rowsOf(world.profileId)).slice(0, 2);
    expect(stored).toHaveLength(2);
    // The store sends the explanations as one text split on U+001E: a value holding that character, quotes or
    // backslashes must neither split a row nor shift the others.
    const odd = ['a\x1eb "c" \\ \'d\' è 😀', '\x1e\x1e{}[]'];
    const rows = stored.map((r: { kind: 'offer' | 'course'; targetId: string; targetVersion: number }, i: number) => ({
      profileId: world.profileId, kind: r.kind, targetId: r.targetId, organisationId: world.organisationId, score: 10 + i,
      explanation: { note: odd[i], n: i }, profileVersion: version, targetVersion: r.targetVersion + 20,
    }));
    expect(await upsertMatches(w.dataSource.manager, rows)).toBe(2);
    const after = await rowsOf(world.profileId);
    for (const [i, row] of rows.entries()) {
      expect(after.find((r: { kind: string; targetId: string }) => r.kind === row.kind && r.targetId === row.targetId)).toMatchObject({ score: 10 + i, explanation: { note: odd[i], n: i } });
    }
  });

  it('an erasure holding her profile wins over a store writing her rows: nothing of hers outlives it', async () => {
    const erased = await seedWorld(w.dataSource);
    const target = await offer();
    const row = {
      profileId: erased.profileId, kind: 'offer' as const, targetId: target, organisationId: world.organisationId, score: 50,
      explanation: {}, profileVersion: await versionOf(erased.profileId), targetVersion: 1,
    };
    const erasure = w.dataSource.createQueryRunner();
    await erasure.connect();
    await erasure.startTransaction();
    try {
      expect(await eraseProfile(erasure.manager, erased.profileId, PROFILE_ERASERS)).not.toBeNull();
      // The store (an offer job, say) runs while the erasure is not committed yet: it must wait for it.
      const writing = upsertMatches(w.dataSource.manager, [row]);
      for (let i = 0; i < 50; i++) {
        const [{ waiting }] = await w.dataSource.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await erasure.commitTransaction();
      expect(await writing).toBe(0);
    } finally {
      await erasure.release();
    }
    expect(await w.dataSource.query('SELECT 1 FROM matches WHERE profile_id = $1', [erased.profileId])).toEqual([]);
  });

  it('a job naming a version not committed yet fails (BullMQ retries it) instead of computing the old one', async () => {
    const pending = await offer();
    const matching = w.context.get(MatchingService);
    await expect(matching.run(JOBS.matching.recomputeOffer, { offerId: pending, version: 2 })).rejects.toThrow(/not visible yet/);
    await expect(matching.run(JOBS.matching.recomputeProfile, { profileId: world.profileId, version: 1000 })).rejects.toThrow(/not visible yet/);
    expect(await matching.run(JOBS.matching.recomputeOffer, { offerId: pending, version: 1 })).toMatchObject({ stored: 1 });
  });

  it('a profile without its matching consent loses every match', async () => {
    await w.dataSource.query(`UPDATE consents SET revoked_at = now(), revoked_by = recorded_by WHERE profile_id = $1 AND kind = 'matching'`, [world.profileId]);
    const [[{ version }]] = await w.dataSource.query('UPDATE profiles SET version = version + 1 WHERE id = $1 RETURNING version', [world.profileId]);
    await queue.add(JOBS.matching.recomputeProfile, { profileId: world.profileId, version }, { jobId: recomputeProfileJobId(world.profileId, version) });
    expect((await settled(recomputeProfileJobId(world.profileId, version))).deleted).toBeGreaterThan(0);
    expect(await rowsOf(world.profileId)).toEqual([]);
  });
});
