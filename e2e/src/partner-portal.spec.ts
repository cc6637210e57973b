import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PORTALS } from '../playwright.config';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { proposeCandidate, staffWorld, vetOrganisation, type World } from '../support/ponte-api';
import { saveScreenshot } from '../support/screenshots';

const ESCO = 'http://data.europa.eu/esco/';
const STOCK_SHELVES = `${ESCO}skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68`;
const WAREHOUSE_OPERATIONS = `${ESCO}skill/089ddb19-1c7a-43ff-ba64-070f7ce4787a`;

const run = Date.now().toString(36);
const organisation = {
  legalName: `Sindacato Lavoratrici Metropolitane ${run}`,
  vatNumber: partitaIva(`09${String(Date.now()).slice(-8)}`),
  adminEmail: `admin.${run}@sindacato.test`,
  adminPassword: 'Una frase lunga e sicura 2026',
};

/** Check digit of an Italian partita IVA (Luhn-like, as @ponte/domain computes it). */
function partitaIva(first10: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(first10[i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${first10}${(10 - (sum % 10)) % 10}`;
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Screenshot (full page) and axe: each main page of the journey goes through this. */
async function checkpoint(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, name);
  await expectNoSeriousA11yViolations(page);
}

/** A form field by its label, with or without the required-field asterisk. */
function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/** Checks a checkbox or radio through its label (Bootstrap Italia draws the box on the label). */
async function tick(page: Page, label: string | RegExp): Promise<void> {
  const target = page.locator('label').filter({ hasText: label }).first();
  await target.click();
  const id = await target.getAttribute('for');
  await expect(page.locator(`#${id}`)).toBeChecked();
}

async function pick(page: Page, label: string | RegExp, text: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

test.describe.configure({ mode: 'serial' });

test.describe('partner portal against the real API', () => {
  let world: World;
  let organisationId: string;
  let offerId: string;

  test.beforeAll(async () => {
    world = await staffWorld(run);
  });

  test('a union registers, with live checks of its identity, and lands on the pending-vetting page', async ({ page }) => {
    await page.goto(`${PORTALS.partner}/sign-in`);
    await page.getByRole('link', { name: 'Registrala ora' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registra la tua organizzazione' })).toBeVisible();
    await expect(page).toHaveTitle('Registrazione | Ponte — Portale partner');

    // Live validation with the domain's validators: a wrong check digit is flagged on blur.
    const vat = page.getByLabel('Partita IVA');
    await vat.fill('12345678901');
    await vat.blur();
    await expect(page.locator('#reg-vat-error')).toContainText('cifra di controllo');
    await expect(vat).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Invia la registrazione' }).click();
    await expect(page.getByRole('alert').first()).toContainText('Alcuni campi non sono validi');
    await checkpoint(page, 'partner-register-errors');

    await tick(page, /Sindacato/);
    await page.getByLabel('Ragione sociale').fill(organisation.legalName);
    await vat.fill(organisation.vatNumber);
    await expect(page.locator('#reg-vat-error')).toBeEmpty();
    await page.getByLabel('Codice ATECO dell’attività principale').fill('94.20');
    await pick(page, /Comune della sede/, 'Sesto', 'Sesto San Giovanni');
    const contact = page.getByRole('group', { name: '3. Persona di riferimento' });
    await contact.getByLabel('Nome e cognome').fill('Anna Ferri');
    await contact.getByLabel('E-mail').fill(`segreteria.${run}@sindacato.test`);
    await contact.getByLabel('Telefono').fill('02 1234567');
    await tick(page, 'Dichiaro che l’organizzazione rispetta questi impegni');
    const admin = page.getByRole('group', { name: '5. Il tuo account di amministratore' });
    await admin.getByLabel('Nome e cognome').fill('Marta Colombo');
    await admin.getByLabel('E-mail di accesso').fill(organisation.adminEmail);
    await admin.getByLabel('Password').fill(organisation.adminPassword);
    await checkpoint(page, 'partner-register-filled');
    await page.getByRole('button', { name: 'Invia la registrazione' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Registrazione inviata' })).toBeVisible();
    await expect(page.getByText(organisation.adminEmail)).toBeVisible();
    await checkpoint(page, 'partner-register-done');
  });

  test('the administrator signs in and sees the pending status; once vetted, the organisation page shows why', async ({ page }) => {
    await signIn(page);
    await expect(page.getByText('La tua organizzazione è in attesa di verifica')).toBeVisible();
    await checkpoint(page, 'partner-home-pending');

    organisationId = await vetOrganisation(world, organisation.legalName);
    await page.getByRole('link', { name: 'Organizzazione', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'La tua organizzazione' })).toBeVisible();
    await expect(page.locator('.ponte-badge')).toHaveText('Verificata');
    await expect(page.getByText('Visura camerale e dichiarazione OIL C190 verificate.')).toBeVisible();
    await checkpoint(page, 'partner-organisation');
  });

  test('publishes an offer with ESCO skills and a comune, previewed as counsellors see it', async ({ page }) => {
    await signIn(page);
    await page.goto(`${PORTALS.partner}/offers`);
    await expect(page.getByText('Nessuna offerta', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Nuova offerta' }).first().click();

    await page.locator('#cat-title').fill('Addetta al magazzino');
    await page.locator('#cat-description').fill('Ricevimento merci, rifornimento scaffali e inventario in un magazzino di Milano.');
    // Occupations are named in Italian ("warehouse worker" in ESCO); skills in English only.
    await pick(page, 'Professione (ESCO)', 'magazzin', /^magazziniere\/magazziniera/);
    await pick(page, /Competenze essenziali/, 'stock shel', 'stock shelves');
    await pick(page, /Competenze essenziali/, 'warehouse oper', 'warehouse operations');
    await expect(page.getByRole('button', { name: 'Rimuovi stock shelves' })).toBeVisible();
    await pick(page, /Comune della sede/, 'Milano', /^Milano/);
    await tick(page, 'Mattina');
    await tick(page, 'Pomeriggio');
    await field(page, 'Ore settimanali').fill('30');
    await field(page, 'Posti').fill('2');
    await page.getByLabel('Scadenza dell’offerta').fill(isoDay(30));
    await field(page, 'Tipo di contratto').selectOption('tempo_determinato');
    await tick(page, /Orario flessibile/);
    // A rule only the API knows: a skill cannot be both essential and optional (422, next to the field).
    await pick(page, /Competenze utili/, 'stock shel', 'stock shelves');
    await page.getByRole('button', { name: 'Salva in bozza' }).click();
    await expect(page.locator('#cat-optional-error')).toContainText('è già tra quelle essenziali');
    await expect(page.getByRole('combobox', { name: /Competenze utili/ })).toHaveAttribute('aria-invalid', 'true');
    await checkpoint(page, 'partner-offer-form-server-error');
    await page
      .locator('ponte-concept-picker', { has: page.locator('#cat-optional') })
      .getByRole('button', { name: 'Rimuovi stock shelves' })
      .click();
    await checkpoint(page, 'partner-offer-form');
    await page.getByRole('button', { name: 'Salva in bozza' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Addetta al magazzino' })).toBeVisible();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Bozza');
    await page.getByRole('button', { name: 'Pubblica' }).click();
    // Publishing asks first, in an accessible modal dialog.
    const publish = page.getByRole('dialog', { name: 'Pubblicare l’offerta?' });
    await expect(publish).toContainText('«Addetta al magazzino» sarà visibile');
    await publish.getByRole('button', { name: 'Sì, pubblica' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pubblicato' })).toBeVisible();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Pubblicato');
    const preview = page.locator('.ponte-preview');
    await expect(preview).toContainText('stock shelves');
    await expect(preview).toContainText('Milano');
    offerId = page.url().split('/').pop()?.split('?')[0] ?? '';
    await checkpoint(page, 'partner-offer-detail');

    await page.getByRole('link', { name: 'Offerte di lavoro' }).first().click();
    await expect(page.getByRole('link', { name: 'Addetta al magazzino' })).toBeVisible();
    await checkpoint(page, 'partner-offers-list');
  });

  test('publishes a course with dates, cost, certificate and childcare support', async ({ page }) => {
    await signIn(page);
    await page.goto(`${PORTALS.partner}/courses/new`);
    await page.locator('#cat-title').fill('Operatrice di magazzino e logistica');
    await page.locator('#cat-description').fill('Corso pratico di 120 ore: gestione scorte, inventario, sicurezza nel magazzino.');
    await pick(page, /Competenze insegnate/, 'stock shel', 'stock shelves');
    await pick(page, /Comune della sede/, 'Sesto', 'Sesto San Giovanni');
    await tick(page, 'Mattina');
    await field(page, 'Durata totale (ore)').fill('120');
    await field(page, 'Posti').fill('12');
    await field(page, 'Data di inizio').fill(isoDay(40));
    await field(page, 'Data di fine').fill(isoDay(120));
    await page.getByLabel('Scadenza delle iscrizioni').fill(isoDay(30));
    await page.getByLabel('Costo per la partecipante').selectOption('free');
    await page.getByLabel('Attestato o certificazione').fill('Attestato di competenze regionale');
    await tick(page, /Supporto per la cura dei figli/);
    await page.getByRole('button', { name: 'Salva in bozza' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Operatrice di magazzino e logistica' })).toBeVisible();
    await page.getByRole('button', { name: 'Pubblica' }).click();
    await page.getByRole('dialog', { name: 'Pubblicare il corso?' }).getByRole('button', { name: 'Sì, pubblica' }).click();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Pubblicato');
    await checkpoint(page, 'partner-course-detail');
  });

  test('answers a proposal: reads the explained card, shows interest, arranges the interview, records the hiring', async ({ page }) => {
    const proposalId = await proposeCandidate(world, {
      kind: 'offer',
      id: offerId,
      organisationId,
      skills: [STOCK_SHELVES, WAREHOUSE_OPERATIONS],
    });
    await signIn(page);
    await expect(page.locator('.ponte-bell-count')).toHaveText('1');
    await page.locator('.ponte-bell').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifiche' })).toBeVisible();
    await checkpoint(page, 'partner-notifications');
    // The notification names the candidate code and the offer (issue 21), never anything about her.
    await page.getByRole('link', { name: /^Nuova candidatura: C-[A-Z0-9]{4}-[A-Z0-9]{4} per «/ }).click();

    await expect(page).toHaveURL(new RegExp(`/proposals/${proposalId}$`));
    await expect(page.getByRole('heading', { name: 'Perché è stata proposta' })).toBeVisible();
    await expect(page.getByText('Possiede 2 delle 2 competenze essenziali (100%)')).toBeVisible();
    await expect(page.getByText('Entro 5 km')).toBeVisible();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Letta');
    await checkpoint(page, 'partner-proposal-new');

    await page.getByRole('button', { name: 'Mi interessa' }).click();
    await page.getByRole('dialog', { name: /^Esprimere interesse per C-/ }).getByRole('button', { name: 'Sì, mi interessa' }).click();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Interesse espresso');
    await page.getByRole('button', { name: 'Fissa il colloquio' }).click();
    // Recorded once it took place: a hire cannot be recorded before the interview's day (issue 21).
    await field(page, 'Data e ora (ora di Roma)').fill(`${isoDay(-1)}T10:30`);
    await page.getByLabel('Luogo (sede dell’organizzazione)').fill('Via Carducci 12, Sesto San Giovanni');
    await page.getByRole('button', { name: 'Conferma' }).click();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Colloquio fissato');

    await page.getByRole('button', { name: 'Registra l’assunzione' }).click();
    await field(page, 'Tipo di contratto').selectOption('tempo_determinato');
    await field(page, 'Data di inizio').fill(isoDay(21));
    await page.locator('#answer-hired').getByRole('button', { name: 'Registra l’assunzione' }).click();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Assunta');
    await expect(page.getByRole('status').filter({ hasText: 'Assunzione registrata' })).toBeVisible();
    const history = page.locator('.ponte-timeline');
    for (const step of ['Nuova', 'Letta', 'Interesse espresso', 'Colloquio fissato', 'Assunta']) {
      await expect(history).toContainText(step);
    }
    await checkpoint(page, 'partner-proposal-hired');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Why she was proposed' })).toBeVisible();
    await expect(page.locator('.ponte-badge').first()).toHaveText('Hired');
    await checkpoint(page, 'partner-proposal-hired-en');
    await page.getByRole('button', { name: 'Italiano' }).click();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Perché è stata proposta' })).toBeVisible();
    await checkpoint(page, 'partner-proposal-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${PORTALS.partner}/proposals`);
    await expect(page.locator('.ponte-badge').first()).toHaveText('Assunta');
    await checkpoint(page, 'partner-proposals-inbox');
  });

  test('the administrator invites a colleague to the team', async ({ page }) => {
    await signIn(page);
    await page.goto(`${PORTALS.partner}/team`);
    await page.getByLabel('Nome e cognome').fill('Luca Brambilla');
    await page.getByLabel('E-mail').fill(`luca.${run}@sindacato.test`);
    await page.getByRole('button', { name: 'Invia l’invito' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invito inviato' })).toBeVisible();
    await expect(page.getByText('invito in attesa')).toBeVisible();
    await checkpoint(page, 'partner-team');
  });

  test('the administrator resets the password from the e-mailed link and signs in with the new one', async ({ page }) => {
    await page.goto(`${PORTALS.partner}/sign-in`);
    await page.getByRole('link', { name: 'Hai dimenticato la password?' }).click();
    await page.getByLabel('Indirizzo e-mail').fill(organisation.adminEmail);
    await page.getByRole('button', { name: 'Invia il link' }).click();
    await expect(page.getByRole('status')).toContainText('riceverai a breve');

    const link = await resetLinkFor(organisation.adminEmail);
    expect(new URL(link).pathname).toBe('/reset-password');
    await page.goto(`${PORTALS.partner}${new URL(link).pathname}${new URL(link).search}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Scegli una nuova password' })).toBeVisible();
    await checkpoint(page, 'partner-reset-password');
    organisation.adminPassword = 'Un’altra frase lunga e sicura';
    await field(page, 'Nuova password').fill(organisation.adminPassword);
    await field(page, 'Ripeti la nuova password').fill(organisation.adminPassword);
    await page.getByRole('button', { name: 'Salva la password' }).click();
    await expect(page.getByRole('status')).toContainText('Password salvata');
    await signIn(page);
  });
});

/** The reset link of the newest e-mail to `to` in the test mailbox (quoted-printable decoded). */
async function resetLinkFor(to: string): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set');
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const file of readdirSync(dir).sort().reverse()) {
      const raw = readFileSync(path.join(dir, file), 'utf8');
      const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
      const link = /https?:\/\/[^\s"<>]*reset-password\?token=[^\s"<>]+/.exec(text)?.[0];
      if (link && text.includes(to)) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no reset e-mail for ${to}`);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${PORTALS.partner}/sign-in`);
  await page.getByLabel('Indirizzo e-mail').fill(organisation.adminEmail);
  await field(page, 'Password').fill(organisation.adminPassword);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'La tua area riservata' })).toBeVisible();
}
