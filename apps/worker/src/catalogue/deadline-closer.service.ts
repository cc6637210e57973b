import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import {
  CatalogueKind,
  IndexDocumentJob,
  indexDocumentJobId,
  JOBS,
  QUEUES,
  recomputeCourseJobId,
  recomputeOfferJobId,
  type RecomputeCourseJob,
  type RecomputeOfferJob,
} from '@ponte/jobs';
import { AuditEntry } from '@ponte/persistence';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { closeOverdueSql, ONLY_ID } from './deadline-closer.sql';

/** Audit entries written per statement. */
const AUDIT_CHUNK = 1000;

export interface ClosedRecord {
  kind: CatalogueKind;
  id: string;
  version: number;
}

/** Closes published offers and courses whose deadline has passed, audits it, updates the index and the matches. */
@Injectable()
export class DeadlineCloser {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.search) private readonly search: Queue,
    @InjectQueue(QUEUES.matching) private readonly matching: Queue,
  ) {}

  /** One record (the delayed job); a moved deadline or an earlier close makes it a no-op. */
  closeOne(kind: CatalogueKind, id: string): Promise<ClosedRecord[]> {
    return this.close([kind], ONLY_ID, [id]);
  }

  /** Everything overdue (the repeatable sweep, for jobs lost or never scheduled). */
  sweep(): Promise<ClosedRecord[]> {
    return this.close(['offer', 'course'], '', []);
  }

  private async close(kinds: CatalogueKind[], extra: string, params: unknown[]): Promise<ClosedRecord[]> {
    const closed = await this.dataSource.transaction(async (manager) => {
      const all: ClosedRecord[] = [];
      for (const kind of kinds) {
        const rows: { id: string; version: number; organisation_id: string }[] = await manager.query(
          closeOverdueSql(kind, extra),
          params,
        );
        // In chunks: one INSERT binds at most 65,535 parameters, and a backlog (a worker down for
        // days) closes thousands at once; a single statement then failed on every retry.
        for (let i = 0; i < rows.length; i += AUDIT_CHUNK) {
          await manager.insert(
            AuditEntry,
            rows.slice(i, i + AUDIT_CHUNK).map((row) => ({
              actorId: null,
              actorRole: 'system',
              action: `${kind}.close`,
              targetType: kind,
              targetId: row.id,
              organisationId: row.organisation_id,
              details: { reason: 'deadline', version: row.version },
            })),
          );
        }
        all.push(...rows.map((row) => ({ kind, id: row.id, version: row.version })));
      }
      return all;
    });
    for (const record of closed) {
      const job: IndexDocumentJob = { kind: record.kind, id: record.id, version: record.version };
      await this.search.add(JOBS.search.indexDocument, job, { jobId: indexDocumentJobId(job) });
      // Reads already hide a closed listing; the job removes its stored matches.
      if (record.kind === 'offer') {
        const rematch: RecomputeOfferJob = { offerId: record.id, version: record.version };
        await this.matching.add(JOBS.matching.recomputeOffer, rematch, { jobId: recomputeOfferJobId(record.id, record.version) });
      } else {
        const rematch: RecomputeCourseJob = { courseId: record.id, version: record.version };
        await this.matching.add(JOBS.matching.recomputeCourse, rematch, { jobId: recomputeCourseJobId(record.id, record.version) });
      }
    }
    return closed;
  }
}
