import type { Permission, Role } from '@ponte/domain';

/** Who is calling, as loaded from the database on every request (never trusted from the token). */
export interface Principal {
  userId: string;
  sessionId: string;
  role: Role;
  /** Set for partner users only. */
  organisationId: string | null;
  /** The networks of a counsellor (coordinators and partners: empty). */
  networkIds: string[];
  permissions: readonly Permission[];
}
