import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { PORTALS } from '../playwright.config';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { proposeCandidate, staffWorld, type World } from '../support/ponte-api';

/**
 * Issue 21, the partner's side with a computer set to New York: the notification names the
 * candidate and the offer; "Mi interessa" asks first in an accessible dialog; an interview
 * typed at 10:30 is 10:30 in Milan (stored and shown as Rome time); a hire cannot be recorded
 * before the interview's day (the API's field message shows in the form).
 */
const DEMO_PASSWORD = 'Ponte-Demo-2026!';
const ACME = 'Acme Servizi S.r.l.';
const OFFER = 'Addetta alle pulizie di uffici, part time mattina';

test.use({ timezoneId: 'America/New_York' });

function romeDay(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

async function database<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function signInPartner(page: Page): Promise<void> {
  await page.goto(`${PORTALS.partner}/sign-in`);
  await page.getByLabel('Indirizzo e-mail').fill('hr@acme.demo');
  await page.getByLabel(/^Password( \*)?$/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'La tua area riservata' })).toBeVisible();
}

test('a partner in New York: named notification, confirmed interest, a 10:30 interview in Rome time, no hire before it', async ({ page }) => {
  test.setTimeout(120_000);
  const world: World = await staffWorld(`tz${Date.now().toString(36)}`);
  const [offer] = await database<{ id: string; organisationId: string; skills: string[] }>(
    `SELECT o.id, o.organisation_id AS "organisationId", o.essential_skills AS skills
     FROM offers o JOIN organisations g ON g.id = o.organisation_id WHERE g.legal_name = $1 AND o.title = $2`,
    [ACME, OFFER],
  );
  const proposalId = await proposeCandidate(world, { kind: 'offer', id: offer.id, organisationId: offer.organisationId, skills: offer.skills });
  const [{ code }] = await database<{ code: string }>(`SELECT card->>'candidateCode' AS code FROM proposals WHERE id = $1`, [proposalId]);

  await signInPartner(page);
  await page.goto(`${PORTALS.partner}/notifications`);
  const notice = page.getByRole('link', { name: `Nuova candidatura: ${code} per «${OFFER}»` });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page).toHaveURL(new RegExp(`/proposals/${proposalId}$`));

  // One click no longer acts: a modal dialog says what will happen; Annulla changes nothing.
  await page.getByRole('button', { name: 'Mi interessa' }).click();
  const dialog = page.getByRole('dialog', { name: `Esprimere interesse per ${code}?` });
  await expect(dialog).toContainText(`«${OFFER}»`);
  await expect(dialog.getByRole('button', { name: 'Sì, mi interessa' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Annulla' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.ponte-badge').first()).toHaveText('Letta');
  await expect(page.getByRole('button', { name: 'Mi interessa' })).toBeFocused();
  await page.getByRole('button', { name: 'Mi interessa' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sì, mi interessa' }).click();
  await expect(page.locator('.ponte-badge').first()).toHaveText('Interesse espresso');

  // 10:30 typed in New York is 10:30 in Milan.
  const day = romeDay(7);
  await page.getByRole('button', { name: 'Fissa il colloquio' }).click();
  await page.getByLabel(/^Data e ora \(ora di Roma\)/).fill(`${day}T10:30`);
  await page.getByLabel('Luogo (sede dell’organizzazione)').fill('Sede Acme, ingresso principale');
  await page.getByRole('button', { name: 'Conferma' }).click();
  await expect(page.locator('.ponte-badge').first()).toHaveText('Colloquio fissato');
  const [{ rome }] = await database<{ rome: string }>(
    `SELECT to_char(interview_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD"T"HH24:MI') AS rome FROM proposals WHERE id = $1`,
    [proposalId],
  );
  expect(rome).toBe(`${day}T10:30`);
  await expect(page.locator('dd').filter({ hasText: '(ora di Roma)' })).toContainText('10:30');

  // The hire waits for the interview: the API's message shows in the form, nothing is recorded.
  await page.getByRole('button', { name: 'Registra l’assunzione' }).click();
  await page.getByLabel(/^Tipo di contratto/).selectOption('tempo_determinato');
  await page.getByLabel(/^Data di inizio/).fill(romeDay(21));
  await page.locator('#answer-hired').getByRole('button', { name: 'Registra l’assunzione' }).click();
  await expect(page.locator('ponte-proposal-answer [role="alert"]')).toContainText(`Il colloquio è fissato per il ${day}: l'esito si registra da quel giorno in poi.`);
  await expect(page.locator('.ponte-badge').first()).toHaveText('Colloquio fissato');
});
