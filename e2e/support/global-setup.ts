import type { FullConfig } from '@playwright/test';

/**
 * One harness for both portals: starts the built API and worker on a fresh, migrated and
 * seeded database, a mail catcher, and both portals served statically with /api proxied to
 * that API, all on free ports (parallel runs never collide). The URLs reach the tests through
 * the environment: PONTE_API_URL, PARTNER_PORTAL_URL, NETWORK_PORTAL_URL, E2E_DATABASE_URL,
 * E2E_MAIL_DIR. The returned function tears everything down.
 *
 * With PONTE_API_URL, PARTNER_PORTAL_URL and NETWORK_PORTAL_URL all set (servers you run
 * yourself), nothing is started.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  if (process.env.PONTE_API_URL && process.env.PARTNER_PORTAL_URL && process.env.NETWORK_PORTAL_URL) {
    return async () => undefined;
  }
  const { startStack } = await import('./stack.mjs');
  const stack = await startStack({ log: (line) => console.log(line) });
  process.env.PONTE_API_URL = stack.apiUrl;
  process.env.PARTNER_PORTAL_URL = stack.partnerPortalUrl;
  process.env.NETWORK_PORTAL_URL = stack.networkPortalUrl;
  process.env.E2E_DATABASE_URL = stack.databaseUrl;
  process.env.E2E_MAIL_DIR = stack.mailDir;
  return () => stack.stop();
}
