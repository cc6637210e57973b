import { Injectable } from '@nestjs/common';
import type { ConsentKind } from '@ponte/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CONSENT_ACTIVE_SQL } from './consents.sql';

/**
 * The one question other features ask about consent: is it given, now? Matching asks for
 * `matching` before ranking a profile and before showing its matches; proposals ask for
 * `share_card` with the partner's organisation before showing a candidate card, and
 * `disclose_identity` before recording a disclosure. A revocation commits before this answers,
 * so a revoked consent is never seen as active.
 */
@Injectable()
export class ConsentsService {
  constructor(private readonly dataSource: DataSource) {}

  async hasActiveConsent(profileId: string, kind: ConsentKind, organisationId?: string, manager?: EntityManager): Promise<boolean> {
    if (kind !== 'matching' && !organisationId) throw new TypeError(`a ${kind} consent is scoped to one organisation: pass its id`);
    const [row] = await (manager ?? this.dataSource.manager).query(
      CONSENT_ACTIVE_SQL,
      [profileId, kind, kind === 'matching' ? null : organisationId],
    );
    return row.active === true;
  }
}
