import { getQueueToken } from '@nestjs/bullmq';
import { consentRevokedJobId, JOBS, QUEUES, safetyChangedJobId, type ConsentRevokedJob } from '@ponte/jobs';
import { Queue } from 'bullmq';
import { bootSweepSettled } from '../../test/boot-sweep';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { ProposalsWorkerModule } from './proposals.module';
import { seedProposal, seedWorld, SeededWorld } from '../../test/proposals/proposal-seed';

/** The consumer of the profiles feature's events, fed through the real queue. */
describe('proposals worker: withdrawals after revocations and safety changes', () => {
  let w: TestWorker;
  let world: SeededWorld;
  let queue: Queue;

  beforeAll(async () => {
    w = await createTestWorker([ProposalsWorkerModule]);
    queue = w.context.get<Queue>(getQueueToken(QUEUES.proposals));
    await bootSweepSettled(queue, JOBS.proposals.sweep);
    world = await seedWorld(w.dataSource);
  });
  afterAll(() => w.close());

  const stateOf = async (id: string) => (await w.dataSource.query('SELECT state, withdrawn_cause AS cause FROM proposals WHERE id = $1', [id]))[0];
  async function settled(jobId: string) {
    for (let i = 0; i < 100; i++) {
      const job = await queue.getJob(jobId);
      if (job && (await job.isCompleted())) return job.returnvalue;
      if (job && (await job.isFailed())) throw new Error(job.failedReason);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not complete`);
  }

  it('a revoked share_card withdraws the open proposals to that organisation only, made before the revocation', async () => {
    const viewed = await seedProposal(w.dataSource, world, { state: 'viewed' });
    const hired = await seedProposal(w.dataSource, world, { state: 'hired' });
    const elsewhere = await seedProposal(w.dataSource, world, { organisationId: world.otherOrganisationId });
    const [[consent]] = await w.dataSource.query(
      `UPDATE consents SET revoked_at = now(), revoked_by = recorded_by WHERE profile_id = $1 AND kind = 'share_card' AND organisation_id = $2 RETURNING id, revoked_at`,
      [world.profileId, world.organisationId],
    );
    const data: ConsentRevokedJob = {
      consentId: consent.id,
      profileId: world.profileId,
      kind: 'share_card',
      organisationId: world.organisationId,
      revokedAt: new Date(consent.revoked_at).toISOString(),
    };
    await queue.add(JOBS.proposals.withdrawForRevokedConsent, data, { jobId: consentRevokedJobId(consent.id) });
    expect(await settled(consentRevokedJobId(consent.id))).toEqual({ withdrawn: 1 });
    expect(await stateOf(viewed)).toEqual({ state: 'withdrawn', cause: 'consent_revoked' });
    expect(await stateOf(hired)).toEqual({ state: 'hired', cause: null });
    expect(await stateOf(elsewhere)).toEqual({ state: 'proposed', cause: null });
    const [history] = await w.dataSource.query(`SELECT actor_role, details FROM proposal_history WHERE proposal_id = $1`, [viewed]);
    expect(history).toEqual({ actor_role: 'system', details: { cause: 'consent_revoked', from: 'viewed' } });
    const [audit] = await w.dataSource.query(`SELECT actor_role, details FROM audit_log WHERE action = 'proposal.withdraw' AND target_id = $1`, [viewed]);
    expect(audit).toEqual({ actor_role: 'system', details: { cause: 'consent_revoked', consentId: consent.id, consentKind: 'share_card', from: 'viewed' } });
    const [{ count }] = await w.dataSource.query(`SELECT sum(count)::int AS count FROM indicator_counts WHERE event = 'proposal_withdrawn'`);
    expect(count).toBe(1);
  });

  it('a proposal made in the same millisecond before the revocation is withdrawn too (the job carries the instant rounded to ms)', async () => {
    const own = await seedWorld(w.dataSource);
    const proposal = await seedProposal(w.dataSource, own);
    await w.dataSource.query(`UPDATE proposals SET created_at = '2026-12-03T10:00:00.123400Z' WHERE id = $1`, [proposal]);
    const [[consent]] = await w.dataSource.query(
      `UPDATE consents SET revoked_at = '2026-12-03T10:00:00.123900Z', revoked_by = recorded_by
       WHERE profile_id = $1 AND kind = 'share_card' AND organisation_id = $2 RETURNING id, revoked_at`,
      [own.profileId, own.organisationId],
    );
    const revokedAt = new Date(consent.revoked_at).toISOString();
    expect(revokedAt).toBe('2026-12-03T10:00:00.123Z');
    const data: ConsentRevokedJob = { consentId: consent.id, profileId: own.profileId, kind: 'share_card', organisationId: own.organisationId, revokedAt };
    await queue.add(JOBS.proposals.withdrawForRevokedConsent, data, { jobId: consentRevokedJobId(consent.id) });
    expect(await settled(consentRevokedJobId(consent.id))).toEqual({ withdrawn: 1 });
    expect(await stateOf(proposal)).toEqual({ state: 'withdrawn', cause: 'consent_revoked' });
  });

  it('a new exclusion area withdraws the open proposals to offers inside it', async () => {
    const inSesto = await seedProposal(w.dataSource, world, { organisationId: world.otherOrganisationId, comune: '015209' });
    const inMilano = await seedProposal(w.dataSource, world, { organisationId: world.otherOrganisationId, comune: '015146' });
    await w.dataSource.query(`INSERT INTO profile_exclusions (profile_id, comune, radius_km) VALUES ($1, '015209', 2)`, [world.profileId]);
    await queue.add(JOBS.proposals.withdrawForSafety, { profileId: world.profileId, version: 2 }, { jobId: safetyChangedJobId(world.profileId, 2) });
    expect(await settled(safetyChangedJobId(world.profileId, 2))).toEqual({ withdrawn: 1 });
    expect(await stateOf(inSesto)).toEqual({ state: 'withdrawn', cause: 'safety' });
    expect(await stateOf(inMilano)).toEqual({ state: 'proposed', cause: null });
  });
});
