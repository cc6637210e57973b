import type { AppConfig } from '@ponte/config';
import { isPartnerRole, type Role } from '@ponte/domain';

/** A link into the portal the user works in (partners: partner portal; staff: network portal). */
export function portalLink(config: AppConfig, role: Role, path: string, query: Record<string, string> = {}): string {
  const base = isPartnerRole(role) ? config.PARTNER_PORTAL_URL : config.NETWORK_PORTAL_URL;
  const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
