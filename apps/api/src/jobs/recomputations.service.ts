import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { RecomputationScope, RecomputationView } from '@ponte/domain';
import { JOBS, launchRecomputation, QUEUES, readRecomputation, recomputationJobId, RECOMPUTATIONS_KEPT, type RecomputationJob } from '@ponte/jobs';
import { organisationStatus, planPartitions } from '@ponte/persistence';
import { FlowProducer, Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound, validationProblem } from '../common/problem/problem';

const RUNNING = new Set(['queued', 'running', 'finishing']);
/** Parents are few; a failed set can hold many failed partitions, of which only this many newest are looked at. */
const FAILED_LOOKED_AT = 200;

/**
 * Full and organisation-wide recomputations of matches, for coordinators: start one (a BullMQ
 * flow of profile-range partitions that every worker process takes from, QUEUES.recomputation)
 * and follow them: partitions done / total, profiles per second, ETA, read live from the parent.
 */
@Injectable()
export class RecomputationsService {
  constructor(
    @InjectQueue(QUEUES.recomputation) private readonly queue: Queue,
    @InjectFlowProducer(QUEUES.recomputation) private readonly flows: FlowProducer,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Running ones first, then the most recent; the last RECOMPUTATIONS_KEPT completed ones are kept. */
  async list(): Promise<RecomputationView[]> {
    const [waiting, active, completed, failed] = await Promise.all([
      this.queue.getWaitingChildren(0, -1),
      this.queue.getActive(0, -1),
      this.queue.getCompleted(0, RECOMPUTATIONS_KEPT - 1),
      this.queue.getFailed(0, FAILED_LOOKED_AT - 1),
    ]);
    const parents = [...waiting, ...active, ...completed, ...failed].filter((job): job is Job<RecomputationJob> => job?.name === JOBS.recomputation.run);
    const views = await Promise.all(parents.map((job) => readRecomputation(job)));
    return views.sort((a, b) => Number(RUNNING.has(b.state)) - Number(RUNNING.has(a.state)) || b.requestedAt.localeCompare(a.requestedAt));
  }

  async get(id: string): Promise<RecomputationView> {
    const job = /^[A-Za-z0-9_.-]{1,200}$/.test(id) ? ((await this.queue.getJob(recomputationJobId(id))) as Job<RecomputationJob> | undefined) : undefined;
    if (!job || job.name !== JOBS.recomputation.run) throw notFound();
    return readRecomputation(job);
  }

  /** 409 while another recomputation of the same scope runs: a second one would only redo its work. */
  async start(organisationId?: string): Promise<RecomputationView> {
    const scope: RecomputationScope = organisationId ? { kind: 'organisation', organisationId } : { kind: 'all' };
    if (organisationId) {
      const status = await organisationStatus(this.dataSource.manager, organisationId);
      if (!status) throw validationProblem([{ field: 'organisationId', code: 'unknownOrganisation' }]);
      if (status !== 'vetted') throw validationProblem([{ field: 'organisationId', code: 'organisationNotVetted', params: { status } }]);
    }
    const running = (await this.list()).find((r) => RUNNING.has(r.state) && sameScope(r.scope, scope));
    if (running) throw conflict('jobs.recomputation-running', { id: running.id }, { recomputationId: running.id });
    const recomputationId = randomUUID();
    const plan = await launchRecomputation(this.flows, await planPartitions(this.dataSource.manager, this.config.RECOMPUTE_PARTITION_SIZE), { recomputationId, scope });
    await this.audit.record({
      action: 'jobs.recompute',
      targetType: 'job',
      targetId: `${QUEUES.recomputation}/${recomputationJobId(recomputationId)}`,
      details: { recomputationId, scope: scope.kind, ...(organisationId ? { organisationId } : {}), ...plan },
    });
    return this.get(recomputationId);
  }
}

const sameScope = (a: RecomputationScope, b: RecomputationScope): boolean =>
  a.kind === b.kind && (a.kind === 'all' || (b.kind === 'organisation' && a.organisationId === b.organisationId));
