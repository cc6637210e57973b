import { Injectable } from '@nestjs/common';
import { bumpProfileVersion, Consent, recordIndicator } from '@ponte/persistence';
import { DataSource, IsNull, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { conflict, FieldProblem, notFound, validationProblem } from '../common/problem/problem';
import { ProfileAccessService } from '../profiles/profile-access.service';
import { ProfileEventsService } from '../profiles/profile-events.service';
import { ReferenceCheckService } from '../profiles/reference-check.service';
import { ConsentView, toConsentView } from './dto/consent.view';
import { RecordConsentDto } from './dto/record-consent.dto';
import { ORGANISATION_BLOCKED_SQL } from './consents.sql';

/**
 * Counsellors record and revoke a woman's consents. Both bump the profile version in the same
 * transaction (matches and cards shown under the old state stop being valid at commit); a
 * revocation then asks the proposals worker to withdraw what the consent allowed.
 */
@Injectable()
export class ConsentRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProfileAccessService,
    private readonly references: ReferenceCheckService,
    private readonly events: ProfileEventsService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, profileId: string): Promise<ConsentView[]> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.access.inScope(principal, profileId, { manager });
      const consents = await manager.find(Consent, { where: { profileId }, order: { recordedAt: 'DESC', id: 'ASC' } });
      await this.audit.record(
        { action: 'consent.list', targetType: 'profile', targetId: profileId, networkId: profile.networkId, details: { count: consents.length } },
        manager,
      );
      return consents.map(toConsentView);
    });
  }

  async record(principal: Principal, profileId: string, dto: RecordConsentDto): Promise<ConsentView> {
    const { consent, version } = await this.dataSource.transaction(async (manager) => {
      const profile = await this.access.inScope(principal, profileId, { manager, lock: true });
      const organisationId = dto.organisationId?.toLowerCase() ?? null;
      const problems: FieldProblem[] =
        dto.kind === 'matching'
          ? organisationId
            ? [{ field: 'organisationId', code: 'consentWithoutOrganisation' }]
            : []
          : organisationId
            ? await this.references.check({ organisations: [{ field: 'organisationId', value: organisationId }] }, manager)
            : [{ field: 'organisationId', code: 'isDefined' }];
      if (!problems.length && organisationId) {
        const [{ blocked }] = await manager.query(ORGANISATION_BLOCKED_SQL, [profileId, organisationId]);
        if (blocked) problems.push({ field: 'organisationId', code: 'organisationBlocked' });
      }
      if (problems.length) throw validationProblem(problems);

      const saved = await manager
        .save(Consent, manager.create(Consent, { profileId, kind: dto.kind, organisationId, basis: dto.basis, recordedBy: principal.userId }))
        .catch((error: unknown) => {
          if (isActiveDuplicate(error)) throw conflict('problem.consent.already-active.detail', { kind: dto.kind });
          throw error;
        });
      const bumped = (await bumpProfileVersion(manager, profileId)) as number;
      await recordIndicator(manager, { networkId: profile.networkId, event: 'consent_recorded' });
      await this.audit.record(
        {
          action: 'consent.record',
          targetType: 'consent',
          targetId: saved.id,
          networkId: profile.networkId,
          organisationId,
          details: { profileId, kind: dto.kind, basis: dto.basis, version: bumped },
        },
        manager,
      );
      return { consent: await manager.findOneByOrFail(Consent, { id: saved.id }), version: bumped };
    });
    await this.events.profileChanged(profileId, version);
    return toConsentView(consent);
  }

  async revoke(principal: Principal, profileId: string, consentId: string): Promise<ConsentView> {
    const { consent, version } = await this.dataSource.transaction(async (manager) => {
      const profile = await this.access.inScope(principal, profileId, { manager, lock: true });
      const existing = await manager.findOneBy(Consent, { id: consentId, profileId });
      if (!existing) throw notFound();
      if (existing.revokedAt) throw conflict('problem.consent.already-revoked.detail', { kind: existing.kind });
      await manager.update(Consent, { id: consentId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokedBy: principal.userId });
      const bumped = (await bumpProfileVersion(manager, profileId)) as number;
      await recordIndicator(manager, { networkId: profile.networkId, event: 'consent_revoked' });
      await this.audit.record(
        {
          action: 'consent.revoke',
          targetType: 'consent',
          targetId: consentId,
          networkId: profile.networkId,
          organisationId: existing.organisationId,
          details: { profileId, kind: existing.kind, version: bumped },
        },
        manager,
      );
      return { consent: await manager.findOneByOrFail(Consent, { id: consentId }), version: bumped };
    });
    await this.events.consentRevoked(consent, version);
    return toConsentView(consent);
  }
}

function isActiveDuplicate(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return error instanceof QueryFailedError && driverError?.code === '23505' && driverError.constraint === 'consents_one_active';
}
