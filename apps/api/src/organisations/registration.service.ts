import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { Organisation, User } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { passwordProblems, PasswordsService } from '../auth/passwords.service';
import { RATE_LIMITS, RateLimiter } from '../auth/rate-limiter.service';
import { FieldProblem, validationProblem } from '../common/problem/problem';
import { MailOutbox } from '../mail/mail-outbox.service';
import { portalLink } from '../mail/portal-links';
import { ComuneCheck } from '../networks/comune-check.service';
import { OrganisationRegistrationDto, RegistrationResponse } from './dto/registration.dto';
import { normaliseIdentity, organisationIdentityProblems } from './organisation-rules';
import { REGISTRATION_TAKEN_SQL } from './organisations.sql';

/**
 * Public self-registration of a company, training body or union: the organisation starts
 * `pending` (it cannot publish until a coordinator vets it) with its first partner admin,
 * who can sign in at once to follow the vetting.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly comuni: ComuneCheck,
    private readonly passwords: PasswordsService,
    private readonly limiter: RateLimiter,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
  ) {}

  async register(dto: OrganisationRegistrationDto, ip: string): Promise<RegistrationResponse> {
    await this.limiter.consume(RATE_LIMITS.registrationPerIp, ip);
    const identity = normaliseIdentity(dto);
    const adminEmail = dto.admin.email.trim().toLowerCase();
    await this.assertRegistrable(dto, identity.vatNumber, adminEmail);
    const passwordHash = await this.passwords.hash(dto.admin.password);
    const language = dto.language ?? 'it';
    const { organisation, admin, outboxId } = await this.dataSource.transaction(async (manager) => {
      const organisation = await manager.getRepository(Organisation).save({
        kind: dto.kind,
        legalName: dto.legalName.trim(),
        ...identity,
        atecoCode: dto.atecoCode,
        seatComune: dto.seatComune,
        contactName: dto.contact.name.trim(),
        contactEmail: dto.contact.email.trim().toLowerCase(),
        contactPhone: dto.contact.phone?.trim() || null,
        antiHarassmentDeclaredAt: new Date(),
        status: 'pending' as const,
      });
      const admin = await manager.getRepository(User).save({
        email: adminEmail,
        displayName: dto.admin.displayName.trim(),
        role: 'partner_admin' as const,
        organisationId: organisation.id,
        passwordHash,
        passwordChangedAt: new Date(),
        preferredLanguage: language,
      });
      await this.audit.record(
        { action: 'organisation.register', actorId: admin.id, actorRole: admin.role, targetType: 'organisation', targetId: organisation.id, organisationId: organisation.id, details: { kind: dto.kind } },
        manager,
      );
      const outboxId = await this.outbox.enqueue(manager, {
        to: adminEmail,
        template: 'organisation-registered',
        language,
        params: { link: portalLink(this.config, 'partner_admin', 'organisation') },
      });
      return { organisation, admin, outboxId };
    });
    await this.outbox.dispatch(outboxId);
    return { organisationId: organisation.id, status: 'pending', adminUserId: admin.id };
  }

  private async assertRegistrable(dto: OrganisationRegistrationDto, vatNumber: string | null, adminEmail: string): Promise<void> {
    const problems: FieldProblem[] = organisationIdentityProblems({ ...dto, contactPhone: dto.contact.phone, antiHarassmentDeclaration: dto.antiHarassmentDeclaration });
    if ((await this.comuni.unknown([dto.seatComune])).length) problems.push({ field: 'seatComune', code: 'comuneUnknown', params: { code: dto.seatComune } });
    problems.push(...passwordProblems(dto.admin.password, adminEmail, 'admin.password'));
    const [{ vat_taken, email_taken }] = await this.dataSource.query(
      REGISTRATION_TAKEN_SQL,
      [vatNumber, adminEmail],
    );
    if (vat_taken && !problems.some((p) => p.field === 'vatNumber')) problems.push({ field: 'vatNumber', code: 'vatNumberTaken' });
    if (email_taken) problems.push({ field: 'admin.email', code: 'emailTaken' });
    if (problems.length) throw validationProblem(problems);
  }
}
