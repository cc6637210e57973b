import { getQueueToken } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@ponte/jobs';
import type { Queue } from 'bullmq';
import { bootSweepSettled } from '../../test/boot-sweep';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { ProposalWithdrawals } from './proposal-withdrawals.service';
import { ProposalsWorkerModule } from './proposals.module';
import { seedProposal, seedWorld, SeededWorld } from '../../test/proposals/proposal-seed';

/** The withdrawals whose jobs Redis lost (a revocation, a new exclusion area) are made by the sweep, once. */
describe('proposals worker: the sweep for lost withdrawal jobs', () => {
  let w: TestWorker;
  let world: SeededWorld;

  beforeAll(async () => {
    w = await createTestWorker([ProposalsWorkerModule]);
    await bootSweepSettled(w.context.get<Queue>(getQueueToken(QUEUES.proposals)), JOBS.proposals.sweep);
    world = await seedWorld(w.dataSource);
  });
  afterAll(() => w.close());

  const stateOf = async (id: string) => (await w.dataSource.query('SELECT state, withdrawn_cause AS cause FROM proposals WHERE id = $1', [id]))[0];

  it('withdraws what a revoked share_card and a new exclusion area forbid, and nothing more on a second run', async () => {
    const revoked = await seedProposal(w.dataSource, world, { comune: '015146' });
    const unsafe = await seedProposal(w.dataSource, world, { organisationId: world.otherOrganisationId, comune: '015209' });
    const untouched = await seedProposal(w.dataSource, world, { organisationId: world.otherOrganisationId, comune: '015146' });
    // Committed without their jobs: as if Redis had lost them.
    await w.dataSource.query(`UPDATE consents SET revoked_at = now(), revoked_by = $3 WHERE profile_id = $1 AND kind = 'share_card' AND organisation_id = $2`, [
      world.profileId,
      world.organisationId,
      world.counsellor.id,
    ]);
    await w.dataSource.query(`INSERT INTO profile_exclusions (profile_id, comune, radius_km) VALUES ($1, '015209', 2)`, [world.profileId]);

    const sweeps = w.context.get(ProposalWithdrawals);
    expect(await sweeps.sweep()).toBe(2);
    expect(await stateOf(revoked)).toEqual({ state: 'withdrawn', cause: 'consent_revoked' });
    expect(await stateOf(unsafe)).toEqual({ state: 'withdrawn', cause: 'safety' });
    expect(await stateOf(untouched)).toEqual({ state: 'proposed', cause: null });
    expect(await sweeps.sweep()).toBe(0);
    const [{ n }] = await w.dataSource.query(`SELECT count(*)::int AS n FROM proposal_history WHERE proposal_id = ANY($1) AND state = 'withdrawn'`, [[revoked, unsafe]]);
    expect(n).toBe(2);
  });
});
