/**
 * Matrix rows of the steering committee's tools (issue 9): anonymised indicators with their
 * exports (indicators:read) and failed background jobs (jobs:manage), coordinators only.
 * Retry and discard act on a job that really failed, one per call. Spread into
 * AUTHORIZATION_MATRIX. (Types only from authorization-matrix.ts: it imports this file.)
 */
import { QUEUES } from '@ponte/jobs';
import { failedJob } from '../jobs/testing/failed-jobs';
import type { MatrixRow, Outcome } from './authorization-matrix';
import { ACTORS, Actor, MatrixWorld } from './authorization-world';

const COORDINATORS: Record<Actor, Outcome> = {
  ...(Object.fromEntries(ACTORS.map((a) => [a, 403])) as Record<Actor, Outcome>),
  anonymous: 401,
  coordinator: '2xx',
};

const failed = async (w: MatrixWorld) => ({ params: { queue: QUEUES.maintenance, jobId: String((await failedJob(w.t)).id) } });

export const COORDINATION_ROWS: MatrixRow[] = [
  { route: 'GET /api/indicators', expect: COORDINATORS, request: (w) => ({ query: { networkId: w.homeNetwork.id, from: '2025-01', to: '2025-06' } }) },
  { route: 'GET /api/indicators/export.csv', expect: COORDINATORS, request: () => ({ query: { from: '2025-01', to: '2025-06', lang: 'en' } }) },
  { route: 'GET /api/indicators/export.xlsx', expect: COORDINATORS, request: (w) => ({ query: { networkId: w.otherNetwork.id } }) },
  { route: 'GET /api/jobs/failed', expect: COORDINATORS, request: () => ({ query: { queue: QUEUES.maintenance } }) },
  { route: 'POST /api/jobs/failed/:queue/:jobId/retry', expect: COORDINATORS, request: failed },
  { route: 'DELETE /api/jobs/failed/:queue/:jobId', expect: COORDINATORS, request: failed },
];
