import { Injectable } from '@nestjs/common';
import { ROLE_PERMISSIONS, requiresMfa, type Role } from '@ponte/domain';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { PRINCIPAL_SQL } from './principal.sql';

interface PrincipalRow {
  user_id: string;
  role: Role;
  organisation_id: string | null;
  network_ids: string[];
  mfa_verified: boolean;
}

/**
 * Loads the principal behind a session in one query, refusing revoked or expired sessions,
 * disabled users, and MFA roles whose session skipped TOTP. Partners of an organisation that is
 * not vetted still sign in (to follow the vetting and read its reasons); what they may do is
 * gated by the organisation's status (OrganisationsService.assertCanPublish).
 */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, sessionId: string): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      PRINCIPAL_SQL,
      [sessionId, userId],
    );
    const row = rows[0];
    if (!row || (requiresMfa(row.role) && !row.mfa_verified)) return null;
    return {
      userId: row.user_id,
      sessionId,
      role: row.role,
      organisationId: row.organisation_id,
      networkIds: row.network_ids,
      permissions: ROLE_PERMISSIONS[row.role],
    };
  }
}
