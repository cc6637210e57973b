import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { portalTestProviders } from '../../../test/test-providers';
import { TranslationService } from '../i18n/translation.service';
import { ComunePickerComponent } from './comune-picker.component';
import { ConceptPickerComponent } from './concept-picker.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ComunePickerComponent, ConceptPickerComponent],
  template: `
    <label id="seat-label" for="seat">Comune</label>
    <ponte-comune-picker inputId="seat" labelId="seat-label" [formControl]="seat" describedBy="seat-error" />
    <label id="skills-label" for="skills">Competenze</label>
    <ponte-concept-picker kind="skill" multiple inputId="skills" labelId="skills-label" [formControl]="skills" />
  `,
})
class Host {
  readonly seat = new FormControl<string | null>(null, Validators.required);
  readonly skills = new FormControl<string[]>([], { nonNullable: true });
}

const SKILL = 'http://data.europa.eu/esco/skill/stock';

describe('reference pickers (ARIA combobox)', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function type(input: HTMLInputElement, text: string): Promise<void> {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 250)); // past the debounce
  }

  function key(input: HTMLInputElement, name: string): void {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: portalTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('suggests comuni from the API, moves with the arrows, picks with Enter and stores the ISTAT code', async () => {
    const input = page.querySelector<HTMLInputElement>('#seat')!;
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-required')).toBe('true');

    await type(input, 'Ses');
    const req = http.expectOne((r) => r.url === '/api/reference/comuni');
    expect(req.request.params.get('q')).toBe('Ses');
    req.flush({ items: [ { istatCode: '015209', name: 'Sesto San Giovanni' }, { istatCode: '015210', name: 'Settala' } ] });
    await fixture.whenStable();

    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.querySelector(`#${input.getAttribute('aria-controls')}`)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(listbox.getAttribute('aria-labelledby')).toBe('seat-label');
    expect(listbox.querySelectorAll('[role="option"]')).toHaveLength(2);
    expect(page.textContent).toContain('2 suggerimenti disponibili');

    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    await fixture.whenStable();
    const active = input.getAttribute('aria-activedescendant')!;
    expect(page.querySelector(`#${active}`)?.textContent).toContain('Settala');
    expect(page.querySelector(`#${active}`)?.getAttribute('aria-selected')).toBe('true');

    key(input, 'Enter');
    await fixture.whenStable();
    expect(fixture.componentInstance.seat.value).toBe('015210');
    expect(input.value).toBe('Settala');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('typing over a picked comune clears the value, so "required" holds until a new pick', async () => {
    fixture.componentInstance.seat.setValue('015146');
    http.expectOne('/api/reference/comuni/015146').flush({ istatCode: '015146', name: 'Milano' });
    await fixture.whenStable();
    const input = page.querySelector<HTMLInputElement>('#seat')!;
    expect(input.value).toBe('Milano');

    await type(input, 'Mil');
    http.expectOne((r) => r.url === '/api/reference/comuni').flush({ items: [] });
    await fixture.whenStable();
    expect(page.textContent).toContain('Nessun suggerimento');
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(fixture.componentInstance.seat.value).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('seat-error');
  });

  it('Escape closes the list first, then clears the text', async () => {
    const input = page.querySelector<HTMLInputElement>('#seat')!;
    await type(input, 'Ses');
    http.expectOne((r) => r.url === '/api/reference/comuni').flush({ items: [{ istatCode: '015209', name: 'Sesto San Giovanni' }] });
    await fixture.whenStable();
    key(input, 'Escape');
    await fixture.whenStable();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Ses');
    key(input, 'Escape');
    await fixture.whenStable();
    expect(input.value).toBe('');
  });

  it('ESCO skills: labels in the UI language (a translated hint when English is the fallback, never a code), chips, removal', async () => {
    TestBed.inject(TranslationService).use('it');
    const input = page.querySelector<HTMLInputElement>('#skills')!;
    await type(input, 'scaff');
    const req = http.expectOne((r) => r.url === '/api/reference/skills');
    expect(req.request.params.get('lang')).toBe('it');
    req.flush({
      items: [{ uri: SKILL, kind: 'skill', label: 'stock shelves', labelLanguage: 'en', matchedLabel: 'scaffali', code: null }],
    });
    await fixture.whenStable();
    expect(page.querySelector('[role="option"]')?.textContent).toContain('«scaffali» · in inglese');
    page.querySelector<HTMLElement>('[role="option"]')!.click();
    await fixture.whenStable();

    expect(fixture.componentInstance.skills.value).toEqual([SKILL]);
    expect(input.value).toBe('');
    const chip = page.querySelector('.ponte-chip')!;
    expect(chip.textContent).toContain('stock shelves');
    const hint = chip.querySelector('.ponte-language-hint')!;
    expect(hint.textContent?.trim()).toBe('(in inglese)');
    expect(hint.getAttribute('title')).toBe('Questa voce non ha ancora un’etichetta in italiano: è mostrata in inglese.');
    expect(chip.textContent).not.toMatch(/\bEN\b|http/);

    chip.querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.skills.value).toEqual([]);
  });

  it('ESCO skills already in the form get their labels looked up', async () => {
    fixture.componentInstance.skills.setValue([SKILL]);
    const lookup = http.expectOne('/api/reference/concepts/lookup');
    expect(lookup.request.body).toEqual({ uris: [SKILL], lang: 'it' });
    lookup.flush({ items: [{ uri: SKILL, kind: 'skill', label: 'rifornire gli scaffali', labelLanguage: 'it', code: null }], unknown: [] });
    await fixture.whenStable();
    expect(page.querySelector('.ponte-chip')?.textContent).toContain('rifornire gli scaffali');
    expect(page.querySelector('.ponte-chip .ponte-language-hint')).toBeNull();
  });

  it('never shows a URI, also while labels load or when one is unknown', async () => {
    fixture.componentInstance.skills.setValue([SKILL]);
    fixture.detectChanges();
    expect(page.querySelector('.ponte-chip')?.textContent).toContain('Voce non disponibile');
    expect(page.querySelector('.ponte-chip')?.textContent).not.toContain('http');
    http.expectOne('/api/reference/concepts/lookup').flush({ items: [], unknown: [SKILL] });
    await fixture.whenStable();
    expect(page.querySelector('.ponte-chip')?.textContent).toContain('Voce non disponibile');
  });
});
