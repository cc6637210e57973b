import { Injectable } from '@nestjs/common';
import { User } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../common/problem/problem';
import type { Principal } from '../common/context/principal';
import { SessionsService } from './sessions.service';

/** Deactivating an account ends its sessions at once; reactivating lets it sign in again. The caller checks scope. */
@Injectable()
export class AccountStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async setActive(principal: Principal, user: User, active: boolean): Promise<void> {
    if (!active && user.id === principal.userId) throw new ProblemException({ status: 409, type: 'conflict', detailKey: 'problem.user-self.detail' });
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { disabledAt: active ? null : new Date() });
      if (!active) await this.sessions.revokeAll(user.id, manager);
      await this.audit.record(
        { action: active ? 'user.reactivate' : 'user.deactivate', targetType: 'user', targetId: user.id, organisationId: user.organisationId, details: { role: user.role } },
        manager,
      );
    });
  }
}
