import { expect, test } from '@playwright/test';
import { PORTALS } from '../playwright.config';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { saveScreenshot } from '../support/screenshots';

const CASES = [
  {
    portal: 'partner' as const,
    it: {
      title: 'Accedi | Ponte — Portale partner',
      tagline: 'Portale partner',
    },
    en: {
      title: 'Sign in | Ponte — Partner portal',
      tagline: 'Partner portal',
    },
  },
  {
    portal: 'network' as const,
    it: {
      title: 'Accedi | Ponte — Portale reti antiviolenza',
      tagline: 'Portale reti antiviolenza',
    },
    en: {
      title: 'Sign in | Ponte — Anti-violence networks portal',
      tagline: 'Anti-violence networks portal',
    },
  },
];

for (const c of CASES) {
  test.describe(`${c.portal} portal sign-in page`, () => {
    test('renders in Italian by default and in English after the switch, accessibly', async ({
      page,
    }) => {
      await page.goto(`${PORTALS[c.portal]}/sign-in`);

      await expect(
        page.getByRole('heading', { level: 1, name: 'Accedi al servizio' }),
      ).toBeVisible();
      await expect(page).toHaveTitle(c.it.title);
      await expect(page.locator('html')).toHaveAttribute('lang', 'it');
      await expect(
        page.getByText(c.it.tagline, { exact: false }).first(),
      ).toBeVisible();
      await expect(page.getByLabel('Indirizzo e-mail')).toBeVisible();
      await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Accedi', exact: true }),
      ).toBeVisible();
      await expect(
        page.getByRole('link', { name: 'Hai dimenticato la password?' }),
      ).toBeVisible();
      await saveScreenshot(page, `${c.portal}-sign-in-it`);
      await expectNoSeriousA11yViolations(page);

      await page.getByRole('button', { name: 'English' }).click();

      await expect(
        page.getByRole('heading', { level: 1, name: 'Sign in to the service' }),
      ).toBeVisible();
      await expect(page).toHaveTitle(c.en.title);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(
        page.getByText(c.en.tagline, { exact: false }).first(),
      ).toBeVisible();
      await expect(page.getByLabel('E-mail address')).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Sign in', exact: true }),
      ).toBeVisible();
      await saveScreenshot(page, `${c.portal}-sign-in-en`);
      await expectNoSeriousA11yViolations(page);

      // The choice survives a reload (only the UI language is stored in the browser).
      await page.reload();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Sign in to the service' }),
      ).toBeVisible();
      const stored = await page.evaluate(() => ({ ...window.localStorage }));
      expect(stored).toEqual({ 'ponte.uiLanguage': 'en' });
    });

    test('shows field errors next to the fields when submitted empty', async ({
      page,
    }) => {
      await page.goto(`${PORTALS[c.portal]}/sign-in`);
      await page.getByRole('button', { name: 'Accedi', exact: true }).click();

      const email = page.getByLabel('Indirizzo e-mail');
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toBeFocused();
      await expect(page.locator('#sign-in-email-error')).toHaveText(
        'Questo campo è obbligatorio.',
      );
      await expect(email).toHaveAttribute(
        'aria-describedby',
        'sign-in-email-error',
      );
      await saveScreenshot(page, `${c.portal}-sign-in-errors`);
      await expectNoSeriousA11yViolations(page);
    });
  });
}
