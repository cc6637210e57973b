import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import {
  consentRevokedJobId,
  JOBS,
  QUEUES,
  recomputeProfileJobId,
  safetyChangedJobId,
  type ConsentRevokedJob,
  type RecomputeProfileJob,
  type SafetyChangedJob,
} from '@ponte/jobs';
import type { Consent } from '@ponte/persistence';
import { Queue } from 'bullmq';

/**
 * Jobs emitted AFTER a profile change commits. Correctness never depends on them: readers of
 * matches compare the profile version and re-check constraints and consents at read time, so a
 * lost job delays a recomputation but never shows a stale match. A failure is logged (ids only).
 */
@Injectable()
export class ProfileEventsService {
  private readonly logger = new Logger('ProfileEvents');

  constructor(
    @InjectQueue(QUEUES.matching) private readonly matching: Queue,
    @InjectQueue(QUEUES.proposals) private readonly proposals: Queue,
  ) {}

  async profileChanged(profileId: string, version: number): Promise<void> {
    const data: RecomputeProfileJob = { profileId, version };
    await this.emit(this.matching, JOBS.matching.recomputeProfile, data, recomputeProfileJobId(profileId, version));
  }

  async safetyChanged(profileId: string, version: number): Promise<void> {
    await this.profileChanged(profileId, version);
    const data: SafetyChangedJob = { profileId, version };
    await this.emit(this.proposals, JOBS.proposals.withdrawForSafety, data, safetyChangedJobId(profileId, version));
  }

  async consentRevoked(consent: Consent, version: number): Promise<void> {
    await this.profileChanged(consent.profileId, version);
    const data: ConsentRevokedJob = {
      consentId: consent.id,
      profileId: consent.profileId,
      kind: consent.kind,
      organisationId: consent.organisationId,
      revokedAt: (consent.revokedAt ?? new Date()).toISOString(),
    };
    await this.emit(this.proposals, JOBS.proposals.withdrawForRevokedConsent, data, consentRevokedJobId(consent.id));
  }

  private async emit(queue: Queue, name: string, data: object, jobId: string): Promise<void> {
    try {
      await queue.add(name, data, { jobId });
    } catch (error) {
      this.logger.warn({ job: name, jobId, err: (error as Error).message }, 'could not enqueue a profile job');
    }
  }
}
