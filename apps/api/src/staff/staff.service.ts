import { Injectable } from '@nestjs/common';
import { Network, User } from '@ponte/persistence';
import { DataSource, In } from 'typeorm';
import { AccountStatusService } from '../auth/account-status.service';
import { InvitationsService } from '../auth/invitations.service';
import type { Principal } from '../common/context/principal';
import { SessionsService } from '../auth/sessions.service';
import { AuditService } from '../audit/audit.service';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { FieldProblem, notFound, validationProblem } from '../common/problem/problem';
import { queryAccounts } from '../organisations/account-views';
import { AccountView } from '../organisations/dto/team.dto';
import { StaffInvitationDto, StaffQuery, StaffRole, UpdateStaffDto } from './dto/staff.dto';
import {
  ACTIVE_ACCOUNT,
  CLEAR_SECOND_FACTOR_SQL,
  DELETE_MEMBERSHIPS_SQL,
  DELETE_RECOVERY_CODES_SQL,
  DISABLED_ACCOUNT,
  INSERT_MEMBERSHIP_SQL,
  inNetworkSql,
  roleIsSql,
  STAFF,
  STAFF_BY_ID,
} from './staff.sql';

/** Coordinators manage staff accounts: invitations, networks of counsellors, deactivation, second-factor reset. */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
    private readonly accounts: AccountStatusService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async list(query: StaffQuery): Promise<Page<AccountView>> {
    const conditions = [STAFF];
    const params: unknown[] = [];
    if (query.role) conditions.push(roleIsSql(params.push(query.role)));
    if (query.networkId) conditions.push(inNetworkSql(params.push(query.networkId)));
    if (query.active) conditions.push(query.active === 'true' ? ACTIVE_ACCOUNT : DISABLED_ACCOUNT);
    const { items, total } = await queryAccounts(this.dataSource, conditions.join(' AND '), params, pageWindow(query));
    return pageOf(items, total, query);
  }

  async get(id: string): Promise<AccountView> {
    const { items } = await queryAccounts(this.dataSource, STAFF_BY_ID, [id], { skip: 0, take: 1 });
    if (!items[0]) throw notFound();
    return items[0];
  }

  async invite(dto: StaffInvitationDto): Promise<AccountView> {
    const networkIds = dto.networkIds ?? [];
    await this.assertNetworks(dto.role, networkIds);
    const user = await this.invitations.invite({ ...dto, networkIds, language: dto.language ?? 'it' }, 'staff.invite');
    return this.get(user.id);
  }

  async update(id: string, dto: UpdateStaffDto): Promise<AccountView> {
    const user = await this.load(id);
    if (dto.networkIds) await this.assertNetworks(user.role as StaffRole, dto.networkIds);
    await this.dataSource.transaction(async (manager) => {
      if (dto.displayName) await manager.update(User, id, { displayName: dto.displayName.trim() });
      if (dto.networkIds) {
        await manager.query(DELETE_MEMBERSHIPS_SQL, [id]);
        for (const networkId of dto.networkIds) await manager.query(INSERT_MEMBERSHIP_SQL, [id, networkId]);
      }
      await this.audit.record({ action: 'staff.update', targetType: 'user', targetId: id, details: { fields: Object.keys(dto).sort(), networkIds: dto.networkIds } }, manager);
    });
    return this.get(id);
  }

  async setActive(principal: Principal, id: string, active: boolean): Promise<void> {
    await this.accounts.setActive(principal, await this.load(id), active);
  }

  /** For a lost authenticator without recovery codes: TOTP is cleared and must be enrolled again at the next sign-in. */
  async resetSecondFactor(id: string): Promise<void> {
    await this.load(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        CLEAR_SECOND_FACTOR_SQL,
        [id],
      );
      await manager.query(DELETE_RECOVERY_CODES_SQL, [id]);
      await this.sessions.revokeAll(id, manager);
      await this.audit.record({ action: 'staff.reset_second_factor', targetType: 'user', targetId: id }, manager);
    });
  }

  private async load(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id, role: In(['coordinator', 'counsellor']) });
    if (!user) throw notFound();
    return user;
  }

  private async assertNetworks(role: StaffRole, networkIds: string[]): Promise<void> {
    const problems: FieldProblem[] = [];
    if (role === 'counsellor' && networkIds.length === 0) problems.push({ field: 'networkIds', code: 'networksRequired' });
    if (role === 'coordinator' && networkIds.length > 0) problems.push({ field: 'networkIds', code: 'networksNotAllowed' });
    const known = new Set((await this.dataSource.getRepository(Network).findBy({ id: In(networkIds) })).map((n) => n.id));
    networkIds.forEach((id, i) => known.has(id) || problems.push({ field: `networkIds[${i}]`, code: 'networkUnknown' }));
    if (problems.length) throw validationProblem(problems);
  }
}
