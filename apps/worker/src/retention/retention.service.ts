import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { JOBS, QUEUES, recomputeProfileJobId, type RecomputeProfileJob } from '@ponte/jobs';
import { AuditEntry, eraseProfile, PROFILE_ERASERS, recordIndicator } from '@ponte/persistence';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { ARCHIVE_PROFILE_SQL, TO_ARCHIVE_SQL, TO_ERASE_SQL } from './retention.sql';

const DAY_MS = 86_400_000;

export interface RetentionReport {
  archived: number;
  erased: number;
}

interface Candidate {
  id: string;
  networkId: string;
}

/**
 * The retention schedule (ARCHITECTURE.md, safety rule 6): profiles without activity for
 * RETENTION_INACTIVE_DAYS are archived; archived profiles are erased RETENTION_ARCHIVED_DAYS
 * after archiving, through the same erasers as an erasure on request. `now` is a parameter so
 * the schedule can be tested with a controlled clock. Batches commit one by one: a crash
 * loses nothing and a rerun resumes.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.matching) private readonly matching: Queue,
  ) {}

  async sweep(now: Date, batchSize = 200): Promise<RetentionReport> {
    const report: RetentionReport = { archived: 0, erased: 0 };
    const inactiveSince = new Date(now.getTime() - this.config.RETENTION_INACTIVE_DAYS * DAY_MS);
    const archivedBefore = new Date(now.getTime() - this.config.RETENTION_ARCHIVED_DAYS * DAY_MS);

    for (;;) {
      const archived = await this.dataSource.transaction(async (manager) => {
        const batch = await this.candidates(manager, TO_ARCHIVE_SQL, inactiveSince, batchSize);
        const versions: RecomputeProfileJob[] = [];
        for (const profile of batch) versions.push({ profileId: profile.id, version: await this.archive(manager, profile, now) });
        return versions;
      });
      report.archived += archived.length;
      // Archived profiles are not matched: the recomputation drops their matches.
      for (const job of archived) await this.enqueueRecompute(job);
      if (archived.length < batchSize) break;
    }

    for (;;) {
      const erased = await this.dataSource.transaction(async (manager) => {
        const batch = await this.candidates(manager, TO_ERASE_SQL, archivedBefore, batchSize);
        for (const profile of batch) await this.erase(manager, profile, now);
        return batch.length;
      });
      report.erased += erased;
      if (erased < batchSize) break;
    }
    if (report.archived || report.erased) this.logger.log(report, 'retention sweep');
    return report;
  }

  private candidates(manager: EntityManager, statement: string, before: Date, limit: number): Promise<Candidate[]> {
    return manager.query(statement, [before.toISOString(), limit]);
  }

  private async archive(manager: EntityManager, profile: Candidate, now: Date): Promise<number> {
    const [rows]: [{ version: number }[], number] = await manager.query(ARCHIVE_PROFILE_SQL, [profile.id, now.toISOString()]);
    const version = rows[0].version;
    await recordIndicator(manager, { networkId: profile.networkId, event: 'profile_archived', at: now });
    await this.audit(manager, 'profile.archive', profile, { reason: 'retention', version });
    return version;
  }

  private async erase(manager: EntityManager, profile: Candidate, now: Date): Promise<void> {
    const erased = await eraseProfile(manager, profile.id, PROFILE_ERASERS);
    if (!erased) return;
    await recordIndicator(manager, { networkId: profile.networkId, event: 'profile_erased', at: now });
    await this.audit(manager, 'profile.erase', profile, { reason: 'retention', rows: erased.report });
  }

  /** Ids and counts only, like every audit entry; the actor is the system. */
  private audit(manager: EntityManager, action: string, profile: Candidate, details: Record<string, unknown>): Promise<unknown> {
    return manager.insert(AuditEntry, {
      actorId: null,
      actorRole: 'system',
      action,
      targetType: 'profile',
      targetId: profile.id,
      networkId: profile.networkId,
      details: details as object,
    });
  }

  private async enqueueRecompute(job: RecomputeProfileJob): Promise<void> {
    try {
      await this.matching.add(JOBS.matching.recomputeProfile, job, { jobId: recomputeProfileJobId(job.profileId, job.version) });
    } catch (error) {
      this.logger.warn({ profileId: job.profileId, err: (error as Error).message }, 'could not enqueue a recomputation');
    }
  }
}
