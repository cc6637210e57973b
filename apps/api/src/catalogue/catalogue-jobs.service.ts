import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import {
  CatalogueKind,
  CloseAtDeadlineJob,
  closeAtDeadlineJobId,
  IndexDocumentJob,
  indexDocumentJobId,
  JOBS,
  QUEUES,
  ReindexOrganisationJob,
  reindexOrganisationJobId,
} from '@ponte/jobs';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { CLOSE_INSTANT_SQL } from './catalogue-dates';

/** What changed, after the transaction that changed it committed. */
export interface CatalogueChange {
  kind: CatalogueKind;
  id: string;
  version: number;
  status: string;
  deadline: string;
}

/**
 * The background consequences of a change to an offer or course: the search index follows
 * it, and a published one gets its close-at-deadline job. Call after commit: the worker
 * reads the database, so it must see the change.
 */
@Injectable()
export class CatalogueJobs {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.search) private readonly search: Queue,
    @InjectQueue(QUEUES.catalogue) private readonly catalogue: Queue,
  ) {}

  async changed(change: CatalogueChange): Promise<void> {
    if (change.status === 'draft') return; // never indexed, nothing to close
    const job: IndexDocumentJob = { kind: change.kind, id: change.id, version: change.version };
    await this.search.add(JOBS.search.indexDocument, job, { jobId: indexDocumentJobId(job) });
    if (change.status === 'published') await this.scheduleClose(change);
  }

  /** A delayed job per deadline value: moving the deadline adds a new one, the old one finds nothing to close. */
  private async scheduleClose(change: CatalogueChange): Promise<void> {
    const [{ ms }] = await this.dataSource.query(
      `SELECT greatest(0, extract(epoch FROM ${CLOSE_INSTANT_SQL} - now()) * 1000)::bigint AS ms`,
      [change.deadline],
    );
    const job: CloseAtDeadlineJob = { kind: change.kind, id: change.id, deadline: change.deadline };
    await this.catalogue.add(JOBS.catalogue.closeAtDeadline, job, { jobId: closeAtDeadlineJobId(job), delay: Number(ms) });
  }

  /** An organisation's status or name changed: its documents follow (vetting calls this). */
  async organisationChanged(organisationId: string): Promise<void> {
    const job: ReindexOrganisationJob = { organisationId };
    await this.search.add(JOBS.search.reindexOrganisation, job, { jobId: reindexOrganisationJobId(job, Date.now()) });
  }
}
