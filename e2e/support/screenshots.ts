import type { Page } from '@playwright/test';
import path from 'node:path';

/** Full-page screenshots go to e2e/screenshots/ (git-ignored), named by the test. */
export async function saveScreenshot(
  page: Page,
  name: string,
): Promise<string> {
  const file = path.join(__dirname, '..', 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
