import { expect, test, type Locator, type Page } from '@playwright/test';
import { authenticator } from 'otplib';
import pg from 'pg';
import { PORTALS } from '../playwright.config';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { saveScreenshot } from '../support/screenshots';

/**
 * Italian first (issue 19), in the Italian UI against the real API: occupations found the way
 * a counsellor says them, skills found through the jobs she has done (the checklist) whose
 * matches are then explained with the ticked skills, English labels marked as such, and the
 * coordinator's view of the loaded reference data. The e2e database holds the built-in
 * reference set: 28 occupations with their official Italian labels, skills in English only.
 */
const DEMO_PASSWORD = 'Ponte-Demo-2026!';
const DEMO_TOTP_SECRET = 'PONTEDEMOTOTPKEYNOTFORPRODUCTION';
const COUNSELLOR = 'consulente.nord@ponte.demo';
const COORDINATOR = 'coordinatrice@ponte.demo';
const KITCHEN_ASSISTANT = 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c';
/** Three essential skills of the kitchen assistant ("aiuto cuoca"), ticked in the checklist. */
const TICKED = ['use food preparation techniques', 'comply with food safety and hygiene', 'clean surfaces'];
const OFFER_TITLE = 'Aiuto cuoca nella mensa di un’azienda di Sesto (e2e)';

async function checkpoint(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, name);
  await expectNoSeriousA11yViolations(page);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${PORTALS.network}/sign-in`);
  await page.getByLabel('Indirizzo e-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verifica in due passaggi' })).toBeVisible();
  await page.getByLabel('Codice di verifica').fill(authenticator.generate(DEMO_TOTP_SECRET));
  await page.getByRole('button', { name: 'Verifica e accedi' }).click();
  const home = page.getByRole('heading', { level: 1, name: 'La tua area riservata' });
  const refused = page.getByText('Codice non valido o scaduto');
  await expect(home.or(refused)).toBeVisible();
  if (await refused.isVisible()) {
    // A code is accepted once: a sign-in right after another waits for the next code.
    await page.waitForTimeout((authenticator.timeRemaining() + 1) * 1000);
    await page.getByLabel('Codice di verifica').fill(authenticator.generate(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Verifica e accedi' }).click();
  }
  await expect(home).toBeVisible();
}

async function tick(page: Page, box: Locator): Promise<void> {
  const id = await box.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await expect(box).toBeChecked();
}

async function pick(page: Page, label: string | Locator, text: string, option: string | RegExp): Promise<void> {
  const box = typeof label === 'string' ? page.getByRole('combobox', { name: label }) : label;
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

async function newProfilePage(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Profili' }).first().click();
  await page.getByRole('link', { name: 'Nuovo profilo' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuovo profilo' })).toBeVisible();
}

/** An open offer of a vetted organisation in Sesto that requires exactly the ticked skills. */
async function kitchenOffer(): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows: skills } = await client.query<{ uri: string }>(
      `SELECT l.uri FROM esco_labels l JOIN esco_occupation_skills r ON r.skill_uri = l.uri AND r.occupation_uri = $1
       WHERE l.language = 'en' AND l.label_kind = 'preferred' AND l.label = ANY($2)`,
      [KITCHEN_ASSISTANT, TICKED],
    );
    expect(skills).toHaveLength(TICKED.length);
    const { rows: [organisation] } = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE status = 'vetted' ORDER BY created_at LIMIT 1`);
    await client.query(
      `INSERT INTO offers (organisation_id, title, description, occupation_uri, essential_skills, languages, work_mode, comune,
         weekly_hours, shifts, contract, seats, start_date, deadline, accommodations, status, published_at)
       SELECT $1, $2, 'Preparazione dei pasti e pulizia della cucina, in squadra con la cuoca.', $3, $4, '[]', 'on_site', '015209',
         25, '{morning}', 'tempo_determinato', 2, current_date + 30, current_date + 20, '{}', 'published', now()
       WHERE NOT EXISTS (SELECT 1 FROM offers WHERE title = $2)`,
      [organisation.id, OFFER_TITLE, KITCHEN_ASSISTANT, skills.map((s) => s.uri)],
    );
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: 'serial' });

test.describe('Italian first', () => {
  test('a counsellor finds occupations the way she says them, in the first five suggestions', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, COUNSELLOR);
    await newProfilePage(page);
    const box = page.getByRole('combobox', { name: 'Professioni obiettivo (ESCO)' });
    const expected: [string, RegExp][] = [
      ['cuoco', /^cuoco\/cuoca/],
      ['cuoca', /^cuoco\/cuoca/],
      ['magazzin', /^magazziniere\/magazziniera/],
      ['pulizia', /^(collaboratore familiare|addetto alle pulizie negli stabili|addetto alla pulizia delle camere)/],
      ['assistenza anziani', /^(assistente familiare|assistente domiciliare|operatore socio-sanitario)/],
      ['badante', /^assistente familiare/],
      ['commessa', /^assistente di vendita/],
      ['colf', /^collaboratore familiare\/collaboratrice familiare/],
      ['cucinare', /^(cuoco\/cuoca|assistente di cucina)/],
      ['cameirera', /^cameriere\/cameriera/],
    ];
    // The combobox's suggestions (role="option"), not the <option>s of the page's selects.
    const options = page.locator('[role="option"]');
    for (const [typed, want] of expected) {
      // Emptied first, so no suggestion of the previous word is still on screen.
      await box.fill('');
      await expect(options).toHaveCount(0);
      await box.fill(typed);
      await expect(options.first()).toBeVisible();
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      const firstFive = (await options.allTextContents()).slice(0, 5).map((o) => o.trim());
      expect(firstFive.some((o) => want.test(o)), `"${typed}" → ${firstFive.join(' | ')}`).toBe(true);
    }
    await box.fill('commessa');
    await expect(page.locator('[role="option"]').first()).toBeVisible();
    await checkpoint(page, 'italian-occupation-suggestions');
  });

  test('skills ticked from a job she has done build a profile whose matches are explained with them', async ({ page }) => {
    test.setTimeout(240_000);
    await kitchenOffer();
    await signIn(page, COUNSELLOR);
    await newProfilePage(page);
    await page.getByLabel('Fascia d’età').selectOption('25-34');
    await pick(page, 'Comune di residenza', 'Sesto', 'Sesto San Giovanni');

    // "Ho lavorato come aiuto cuoca": the occupation, then its ESCO skills as a checklist.
    await pick(page, 'Un lavoro che ha svolto, anche non retribuito', 'aiuto cuoca', /^assistente di cucina/);
    const essential = page.getByTestId('pf-from-job-essential');
    await expect(essential).toContainText('Competenze essenziali per questo lavoro');
    // No Italian skills pack here: each English label says so, in Italian.
    await expect(essential.getByText('(in inglese)').first()).toBeVisible();
    for (const label of TICKED) await tick(page, page.getByRole('checkbox', { name: new RegExp(`^${label}`) }));
    await page.getByRole('combobox', { name: `Livello in «${TICKED[0]}»` }).selectOption('advanced');
    await checkpoint(page, 'italian-skills-checklist');
    await page.getByRole('button', { name: `Aggiungi le competenze spuntate (${TICKED.length})` }).click();
    await expect(page.getByText(`Competenze aggiunte: ${TICKED.length}.`)).toBeVisible();
    await expect(page.locator('#pf-skills-0-level')).toHaveValue('advanced');
    await expect(page.locator('#pf-skills-2-acquiredThrough-work')).toBeChecked();
    await expect(page.locator('#pf-skills-1-uri')).toHaveValue(/ \(in inglese\)$/);

    await page.getByLabel('Ore settimanali disponibili').fill('25');
    await tick(page, page.getByLabel('Mattina', { exact: true }));
    await page.getByLabel('Distanza massima da casa (km)').fill('15');
    await tick(page, page.getByLabel('Mezzi pubblici', { exact: true }));
    await page.getByRole('button', { name: 'Crea il profilo' }).click();
    await expect(page.getByText(/Profilo creato con il codice MI-/)).toBeVisible();
    for (const label of TICKED) await expect(page.getByText(label).first()).toBeVisible();

    await page.getByRole('link', { name: 'Registra il consenso' }).first().click();
    await page.getByLabel('Come l’ha dato').selectOption('signed_form');
    await page.getByRole('button', { name: 'Registra il consenso' }).click();
    await expect(page.getByText('Consenso registrato: Abbinamento alle offerte.')).toBeVisible();

    // Her matches, computed by the worker: the kitchen offer, explained with the ticked skills.
    await page.getByRole('link', { name: 'Abbinamenti', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Abbinamenti' })).toBeVisible();
    const card = page.locator('ponte-match-card', { hasText: OFFER_TITLE });
    await expect(async () => {
      await page.reload();
      await expect(card).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 90_000 });
    await expect(card).toContainText('Ha già');
    for (const label of TICKED) await expect(card).toContainText(`${label} (in inglese)`);
    await card.scrollIntoViewIfNeeded();
    await checkpoint(page, 'italian-matches-explained');
  });

  test('the coordinator sees which reference packs and languages are loaded, with counts', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, COORDINATOR);
    await page.getByRole('navigation').getByRole('link', { name: 'Dati di riferimento' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dati di riferimento caricati' })).toBeVisible();
    const italian = page.getByTestId('reference-languages').getByRole('row', { name: /Italiano \(it\)/ });
    // Every occupation of the built-in set has its Italian label; its skills are English only.
    await expect(italian).toContainText('28 su 28 (100%)');
    await expect(page.getByTestId('reference-imports')).toContainText('built-in reference set');
    await checkpoint(page, 'italian-reference-data');
  });
});
