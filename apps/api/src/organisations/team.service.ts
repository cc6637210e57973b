import { Injectable } from '@nestjs/common';
import { User } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AccountStatusService } from '../auth/account-status.service';
import { InvitationsService } from '../auth/invitations.service';
import type { Principal } from '../common/context/principal';
import { Page, pageOf, PageQuery, pageWindow } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { queryAccounts } from './account-views';
import { TEAM, TEAM_MEMBER } from './account-views.sql';
import { AccountView, TeamInvitationDto } from './dto/team.dto';

/** A partner admin's colleagues: only accounts of the caller's own organisation exist here (others answer 404). */
@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
    private readonly accounts: AccountStatusService,
  ) {}

  async list(principal: Principal, query: PageQuery): Promise<Page<AccountView>> {
    const { items, total } = await queryAccounts(this.dataSource, TEAM, [this.organisationOf(principal)], pageWindow(query));
    return pageOf(items, total, query);
  }

  async invite(principal: Principal, dto: TeamInvitationDto): Promise<AccountView> {
    const organisationId = this.organisationOf(principal);
    const user = await this.invitations.invite({ ...dto, organisationId, language: dto.language ?? 'it' }, 'team.invite');
    return this.get(principal, user.id);
  }

  async setActive(principal: Principal, userId: string, active: boolean): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId, organisationId: this.organisationOf(principal) });
    if (!user) throw notFound();
    await this.accounts.setActive(principal, user, active);
  }

  private async get(principal: Principal, userId: string): Promise<AccountView> {
    const { items } = await queryAccounts(this.dataSource, TEAM_MEMBER, [this.organisationOf(principal), userId], { skip: 0, take: 1 });
    if (!items[0]) throw notFound();
    return items[0];
  }

  private organisationOf(principal: Principal): string {
    if (!principal.organisationId) throw notFound();
    return principal.organisationId;
  }
}
