import { defineConfig } from '@playwright/test';

/**
 * Browser tests of both portals with Debian's Chromium (Playwright cannot download its own
 * browsers here). Each portal's production build is served statically by
 * support/serve-portal.mjs, which also proxies /api to PONTE_API_URL (default
 * http://127.0.0.1:3000): start the API yourself (or from the e2e harness) for tests that
 * sign in. Ports 4201/4301 keep clear of the dev servers on 4200/4300.
 *
 *   npx nx e2e e2e                 (builds both portals first)
 *   npx playwright test -c e2e/playwright.config.ts
 */
export const PORTALS = {
  partner: process.env.PARTNER_PORTAL_URL ?? 'http://127.0.0.1:4201',
  network: process.env.NETWORK_PORTAL_URL ?? 'http://127.0.0.1:4301',
} as const;

export default defineConfig({
  testDir: './src',
  outputDir: '../dist/e2e/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
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
  webServer: [
    {
      command: 'node e2e/support/serve-portal.mjs partner-portal 4201',
      cwd: '..',
      url: `${PORTALS.partner}/sign-in`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: 'node e2e/support/serve-portal.mjs network-portal 4301',
      cwd: '..',
      url: `${PORTALS.network}/sign-in`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
