/**
 * Matrix rows of the steering committee's tools (issue 9): anonymised indicators with their
 * exports (indicators:read), failed background jobs and recomputations of matches (jobs:manage),
 * coordinators only; and each role's to-do list (issue 21).
 * Retry and discard act on a job that really failed, one per call. Spread into
 * AUTHORIZATION_MATRIX. (Types only from authorization-matrix.ts: it imports this file.)
 */
import { getFlowProducerToken } from '@nestjs/bullmq';
import { launchRecomputation, QUEUES } from '@ponte/jobs';
import { planPartitions } from '@ponte/persistence';
import type { FlowProducer } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { failedJob } from '../jobs/failed-jobs';
import { only, type MatrixRow } from './matrix-row';
import type { MatrixWorld } from './authorization-world';

const COORDINATORS = only({ coordinator: '2xx' });

/** A recomputation of one organisation's listings, added as the API adds them (no worker runs here). */
const recomputation = async (w: MatrixWorld) => {
  const recomputationId = randomUUID();
  const flows = w.t.app.get<FlowProducer>(getFlowProducerToken(QUEUES.recomputation));
  await launchRecomputation(flows, await planPartitions(w.t.dataSource.manager, 1000), { recomputationId, scope: { kind: 'organisation', organisationId: randomUUID() } });
  return { params: { id: recomputationId } };
};

const failed = async (w: MatrixWorld) => ({ params: { queue: QUEUES.maintenance, jobId: String((await failedJob(w.t)).id) } });

export const COORDINATION_ROWS: MatrixRow[] = [
  { route: 'GET /api/indicators', expect: COORDINATORS, request: (w) => ({ query: { networkId: w.homeNetwork.id, from: '2025-01', to: '2025-06' } }) },
  { route: 'GET /api/indicators/export.csv', expect: COORDINATORS, request: () => ({ query: { from: '2025-01', to: '2025-06', lang: 'en' } }) },
  { route: 'GET /api/indicators/export.xlsx', expect: COORDINATORS, request: (w) => ({ query: { networkId: w.otherNetwork.id } }) },
  { route: 'GET /api/jobs/failed', expect: COORDINATORS, request: () => ({ query: { queue: QUEUES.maintenance } }) },
  { route: 'POST /api/jobs/failed/:queue/:jobId/retry', expect: COORDINATORS, request: failed },
  { route: 'DELETE /api/jobs/failed/:queue/:jobId', expect: COORDINATORS, request: failed },
  { route: 'GET /api/jobs/recomputations', expect: COORDINATORS },
  { route: 'GET /api/jobs/recomputations/:id', expect: COORDINATORS, request: recomputation },
  { route: 'POST /api/jobs/recomputations', expect: COORDINATORS, request: () => ({ body: {} }) },
  // --- each role's to-do list (issue 21): everyone signed in, scoped by the service; the
  // interview calendar is for those who read proposals (not coordinators) ---------------------
  { route: 'GET /api/todo', expect: { ...COORDINATORS, counsellor: '2xx', otherCounsellor: '2xx', partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: '2xx' } },
  { route: 'GET /api/todo/interviews.ics', expect: { ...COORDINATORS, coordinator: 403, counsellor: '2xx', otherCounsellor: '2xx', partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: '2xx' } },
];
