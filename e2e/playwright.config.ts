import { defineConfig } from '@playwright/test';

/**
 * Browser tests of both portals with Debian's Chromium (Playwright cannot download its own
 * browsers here), against the real API: support/global-setup.ts starts the built API and
 * worker on a fresh database, a mail catcher and both portals' production builds (served by
 * support/serve-portal.mjs, /api proxied), each on a free port, and tears them down after.
 *
 *   npx nx e2e e2e                 (builds the portals, the API and the worker first)
 *   npx playwright test -c e2e/playwright.config.ts
 */
/** Set by the global setup before the test workers start (read them in tests, not here at load). */
export const PORTALS = {
  get partner(): string {
    return required('PARTNER_PORTAL_URL');
  },
  get network(): string {
    return required('NETWORK_PORTAL_URL');
  },
  get api(): string {
    return required('PONTE_API_URL');
  },
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the e2e global setup`);
  return value;
}

export default defineConfig({
  testDir: './src',
  outputDir: '../dist/e2e/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  globalSetup: './support/global-setup.ts',
  expect: { timeout: 10_000 },
  // The list for people; the totals for `npm test`'s last line.
  reporter: [['list'], ['./support/totals-reporter.ts']],
  use: {
    locale: 'it-IT',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-dev-shm-usage',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
