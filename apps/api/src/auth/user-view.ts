import { ApiProperty } from '@nestjs/swagger';
import { PERMISSION_VALUES, ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '@ponte/domain';
import { DataSource } from 'typeorm';
import type * as contract from '@ponte/contracts';
import { USER_VIEW_SQL } from './principal.sql';

/** The signed-in user as the portals see it: enough to build menus from the permission vocabulary. */
export class UserView implements contract.AuthUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: PERMISSION_VALUES, isArray: true }) permissions!: readonly Permission[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId!: string | null;
  @ApiProperty({ format: 'uuid', isArray: true, type: String }) networkIds!: string[];
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ enum: ['it', 'en'] }) language!: 'it' | 'en';
}

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  organisation_id: string | null;
  totp_enabled_at: Date | null;
  preferred_language: 'it' | 'en';
  network_ids: string[];
}

export async function loadUserView(dataSource: DataSource, userId: string): Promise<UserView | null> {
  const rows: UserRow[] = await dataSource.query(
    USER_VIEW_SQL,
    [userId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    permissions: ROLE_PERMISSIONS[row.role],
    organisationId: row.organisation_id,
    networkIds: row.network_ids,
    mfaEnabled: row.totp_enabled_at !== null,
    language: row.preferred_language,
  };
}
