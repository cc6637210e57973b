import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import {
  CatalogueKind,
  CloseAtDeadlineJob,
  closeAtDeadlineJobId,
  IndexDocumentJob,
  indexDocumentJobId,
  JOBS,
  QUEUES,
  recomputeCourseJobId,
  recomputeOfferJobId,
  ReindexOrganisationJob,
  reindexOrganisationJobId,
  type RecomputeCourseJob,
  type RecomputeOfferJob,
} from '@ponte/jobs';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { CLOSE_DELAY_SQL } from './catalogue-jobs.sql';

/** What changed, after the transaction that changed it committed. */
export interface CatalogueChange {
  kind: CatalogueKind;
  id: string;
  version: number;
  status: string;
  deadline: string;
}

/**
 * The background consequences of a change to an offer or course: the search index and the
 * precomputed matches follow it, and a published one gets its close-at-deadline job. Call
 * after commit: the worker reads the database, so it must see the change.
 */
@Injectable()
export class CatalogueJobs {
  private readonly logger = new Logger('CatalogueJobs');

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.search) private readonly search: Queue,
    @InjectQueue(QUEUES.catalogue) private readonly catalogue: Queue,
    @InjectQueue(QUEUES.matching) private readonly matching: Queue,
  ) {}

  /** `manager`: the caller's open transaction, if any (a second pool connection taken inside it can deadlock the pool). */
  async changed(change: CatalogueChange, manager?: EntityManager): Promise<void> {
    if (change.status === 'draft') return; // never indexed, never matched, nothing to close
    await this.rematch(change);
    const job: IndexDocumentJob = { kind: change.kind, id: change.id, version: change.version };
    await this.search.add(JOBS.search.indexDocument, job, { jobId: indexDocumentJobId(job) });
    if (change.status === 'published') await this.scheduleClose(change, manager ?? this.dataSource.manager);
  }

  /**
   * Matches of the listing are recomputed (or removed when it closed). A lost job never shows
   * a stale match: reads compare the listing's version and status.
   */
  private async rematch(change: CatalogueChange): Promise<void> {
    try {
      if (change.kind === 'offer') {
        const job: RecomputeOfferJob = { offerId: change.id, version: change.version };
        await this.matching.add(JOBS.matching.recomputeOffer, job, { jobId: recomputeOfferJobId(change.id, change.version) });
      } else {
        const job: RecomputeCourseJob = { courseId: change.id, version: change.version };
        await this.matching.add(JOBS.matching.recomputeCourse, job, { jobId: recomputeCourseJobId(change.id, change.version) });
      }
    } catch (error) {
      this.logger.warn({ kind: change.kind, id: change.id, err: (error as Error).message }, 'matching recompute not queued');
    }
  }

  /** A delayed job per deadline value: moving the deadline adds a new one, the old one finds nothing to close. */
  private async scheduleClose(change: CatalogueChange, manager: EntityManager): Promise<void> {
    const [{ ms }] = await manager.query(CLOSE_DELAY_SQL, [change.deadline]);
    const job: CloseAtDeadlineJob = { kind: change.kind, id: change.id, deadline: change.deadline };
    await this.catalogue.add(JOBS.catalogue.closeAtDeadline, job, { jobId: closeAtDeadlineJobId(job), delay: Number(ms) });
  }

  /** An organisation's status or name changed: its documents follow (vetting calls this). */
  async organisationChanged(organisationId: string): Promise<void> {
    const job: ReindexOrganisationJob = { organisationId };
    await this.search.add(JOBS.search.reindexOrganisation, job, { jobId: reindexOrganisationJobId(job, Date.now()) });
  }
}
