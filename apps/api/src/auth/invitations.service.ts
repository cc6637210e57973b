import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { Role } from '@ponte/domain';
import { Network, User } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../common/context/request-context';
import { validationProblem } from '../common/problem/problem';
import { MailOutbox } from '../mail/mail-outbox.service';
import { portalLink } from '../mail/portal-links';
import { OneTimeTokens, TOKEN_TTL_SECONDS } from './one-time-tokens.service';
import { EMAIL_TAKEN_SQL } from './invitations.sql';

export interface Invitation {
  email: string;
  displayName: string;
  role: Role;
  organisationId?: string | null;
  networkIds?: string[];
  language: 'it' | 'en';
}

/**
 * Creates an account without a password and e-mails a one-time link to choose it. Used by
 * coordinators (staff) and partner admins (their colleagues); the caller checks who may invite whom.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: OneTimeTokens,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
  ) {}

  async invite(invitation: Invitation, action: 'staff.invite' | 'team.invite'): Promise<User> {
    const email = invitation.email.trim().toLowerCase();
    const [{ taken }] = await this.dataSource.query(EMAIL_TAKEN_SQL, [email]);
    if (taken) throw validationProblem([{ field: 'email', code: 'emailTaken' }]);
    const { user, outboxId } = await this.dataSource.transaction(async (manager) => {
      const user = await this.createUser(manager, { ...invitation, email });
      const token = await this.tokens.issue(user.id, 'invitation', manager);
      await this.audit.record(
        { action, targetType: 'user', targetId: user.id, organisationId: user.organisationId, details: { role: user.role, networkIds: invitation.networkIds ?? [] } },
        manager,
      );
      const outboxId = await this.outbox.enqueue(manager, {
        to: email,
        template: 'invitation',
        language: invitation.language,
        params: { link: portalLink(this.config, user.role, 'accept-invitation', { token }), days: TOKEN_TTL_SECONDS.invitation / 86400 },
      });
      return { user, outboxId };
    });
    await this.outbox.dispatch(outboxId);
    return user;
  }

  private async createUser(manager: EntityManager, invitation: Invitation): Promise<User> {
    const networks = invitation.networkIds?.length ? await manager.getRepository(Network).findBy(invitation.networkIds.map((id) => ({ id }))) : [];
    return manager.getRepository(User).save({
      email: invitation.email,
      displayName: invitation.displayName.trim(),
      role: invitation.role,
      organisationId: invitation.organisationId ?? null,
      preferredLanguage: invitation.language,
      invitedBy: RequestContext.current().principal?.userId ?? null,
      networks,
    });
  }
}
