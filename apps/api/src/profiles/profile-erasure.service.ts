import { Injectable } from '@nestjs/common';
import type { ErasureReason } from '@ponte/domain';
import { eraseProfile, PROFILE_ERASERS, recordIndicator } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { notFound } from '../common/problem/problem';
import { ProfileAccessService } from './profile-access.service';

/**
 * Erasure on request: immediate and cascading through every registered eraser (matches,
 * shortlists, proposals' personal parts…) and the profile's own rows, notes included. What
 * survives: the anonymous indicator counters, and an audit entry with the profile id, the
 * reason and row counts, never content.
 */
@Injectable()
export class ProfileErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProfileAccessService,
    private readonly audit: AuditService,
  ) {}

  async erase(principal: Principal, profileId: string, reason: Exclude<ErasureReason, 'retention'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scoped = await this.access.inScope(principal, profileId, { manager, lock: true });
      const erased = await eraseProfile(manager, profileId, PROFILE_ERASERS);
      if (!erased) throw notFound();
      await recordIndicator(manager, { networkId: scoped.networkId, event: 'profile_erased' });
      await this.audit.record(
        { action: 'profile.erase', targetType: 'profile', targetId: profileId, networkId: scoped.networkId, details: { reason, rows: erased.report } },
        manager,
      );
    });
  }
}
