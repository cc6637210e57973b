import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  COMUNI,
  NETWORK_ID,
  flushAll,
  networkTestProviders,
  settle,
  signIn,
} from '../../../testing/network-test-providers';
import { profilesDictionary } from '../profiles.i18n';
import { profileEditorDictionary } from './profile-editor.i18n';
import { ProfileEditorPage } from './profile-editor.page';
import { ProfileForm } from './profile-form';

@Component({ template: 'created' })
class Created {}

const PHONE_REFUSAL =
  'Sembra contenere un numero di telefono: Ponte non conserva dati identificativi.';
const NAME_REFUSAL =
  'Sembra contenere un nome e cognome: Ponte non conserva dati identificativi.';
const SKILL = 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614';

describe('ProfileEditorPage (new profile)', () => {
  let fixture: ComponentFixture<ProfileEditorPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const form = (): ProfileForm => fixture.componentInstance['form'];
  const $ = <T extends HTMLElement>(selector: string): T => {
    const element = page.querySelector<T>(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };

  function choose(selector: string, value: string): void {
    const select = $<HTMLSelectElement>(selector);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  function type(selector: string, value: string): void {
    const input = $<HTMLInputElement | HTMLTextAreaElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(): Promise<void> {
    $<HTMLFormElement>('form.ponte-profile-form').dispatchEvent(new Event('submit'));
    await settle(fixture);
  }

  /** Fills every required field the way a counsellor would (the comune through its control). */
  async function fillRequired(): Promise<void> {
    choose('#pf-ageBand', '35-44');
    form().controls.homeComune.setValue('015146');
    type('#pf-weeklyHours', '25');
    $<HTMLInputElement>('#pf-shifts-morning').click();
    await settle(fixture);
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: networkTestProviders(
        [{ path: 'profiles/:id', component: Created }],
        profilesDictionary,
        profileEditorDictionary,
      ),
    });
    http = TestBed.inject(HttpTestingController);
    signIn('counsellor');
    fixture = TestBed.createComponent(ProfileEditorPage);
    page = fixture.nativeElement;
    await settle(fixture);
    flushAll(http, '/api/reference/comuni', { items: COMUNI });
    flushAll(http, '/api/search', { items: [], total: 0 });
    await settle(fixture);
    // The first test also compiles the whole editor: more than the default 5 s on a busy machine.
  }, 30_000);

  afterEach(() => http.verify());

  it('refuses an incomplete profile on the client, next to each field and in a summary, without calling the API', async () => {
    await submit();
    const ageBand = $<HTMLSelectElement>('#pf-ageBand');
    expect(ageBand.getAttribute('aria-invalid')).toBe('true');
    expect(ageBand.getAttribute('aria-describedby')).toContain('pf-ageBand-error');
    expect($('#pf-ageBand-error').textContent?.trim()).toBe('Questo campo è obbligatorio.');
    expect($('#pf-weeklyHours-error').textContent?.trim()).toBe('Questo campo è obbligatorio.');
    const summary = $('.ponte-error-summary');
    expect(summary.textContent).toContain('Controlla questi campi prima di salvare');
    expect(summary.querySelector('a[href="#pf-ageBand"]')?.textContent).toContain('Fascia d’età');
    http.expectNone('/api/profiles');
  });

  it('shows the identifier detector’s refusals next to the fields they concern', async () => {
    await fillRequired();
    $<HTMLButtonElement>('ponte-skills-fieldset button.btn-outline-primary').click();
    await settle(fixture);
    form().controls.skills.at(0).controls.uri.setValue(SKILL);
    $<HTMLInputElement>('#pf-skills-0-acquiredThrough-unpaid_care').click();
    type('#pf-skills-0-comment', 'Ha assistito la madre Maria Rossi');
    type('#pf-notes', 'Chiamarla al 347 123 4567 il martedì');
    await settle(fixture);
    flushAll(http, '/api/reference/concepts/lookup', { items: [], unknown: [] });

    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/profiles' });
    expect(request.request.body).toMatchObject({
      networkId: NETWORK_ID,
      ageBand: '35-44',
      homeComune: '015146',
      weeklyHours: 25,
      shifts: ['morning'],
      skills: [{ uri: SKILL, level: 'intermediate', acquiredThrough: ['unpaid_care'] }],
      exclusions: [],
      blockedOrganisations: [],
    });
    request.flush(
      {
        type: 'urn:ponte:problem:validation',
        title: 'Dati non validi',
        status: 422,
        errors: [
          { field: 'notes', code: 'identifier.phone', message: PHONE_REFUSAL },
          { field: 'skills[0].comment', code: 'identifier.person_name', message: NAME_REFUSAL },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle(fixture);
    await settle(fixture);

    const notes = $<HTMLTextAreaElement>('#pf-notes');
    expect(notes.getAttribute('aria-invalid')).toBe('true');
    expect(notes.getAttribute('aria-describedby')).toContain('pf-notes-error');
    expect($('#pf-notes-error').textContent?.trim()).toBe(PHONE_REFUSAL);
    expect($('#pf-skills-0-comment').getAttribute('aria-invalid')).toBe('true');
    expect($('#pf-skills-0-comment-error').textContent?.trim()).toBe(NAME_REFUSAL);
    // The summary lists both, each linking to its field.
    const summary = $('.ponte-error-summary');
    expect(summary.querySelector('a[href="#pf-notes"]')).not.toBeNull();
    expect(summary.textContent).toContain(PHONE_REFUSAL);
    expect(summary.textContent).toContain(NAME_REFUSAL);

    // Editing the field clears the server's refusal.
    type('#pf-notes', 'Udienze il martedì mattina');
    await settle(fixture);
    expect($('#pf-notes-error').textContent?.trim()).toBe('');
  });

  it('creates the profile and opens it', async () => {
    await fillRequired();
    await submit();
    http
      .expectOne({ method: 'POST', url: '/api/profiles' })
      .flush({ id: 'p-1', pseudonymCode: 'MI-7QX4-92K', version: 1 }, { status: 201, statusText: 'Created' });
    await settle(fixture);
    expect(TestBed.inject(Router).url).toBe('/profiles/p-1?created=1');
  });
});
