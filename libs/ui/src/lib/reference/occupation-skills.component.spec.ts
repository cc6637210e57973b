import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { portalTestProviders } from '../../../test/test-providers';
import { TranslationService } from '../i18n/translation.service';
import { OccupationSkillsComponent, OccupationSkillsMode, TickedSkill } from './occupation-skills.component';

const O = 'http://data.europa.eu/esco/occupation/';
const S = 'http://data.europa.eu/esco/skill/';
const KITCHEN_ASSISTANT = `${O}e1cf6897-158d-4b48-a39e-2a3a8cac216c`;

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OccupationSkillsComponent],
  template: `
    <ponte-occupation-skills idPrefix="t" [mode]="mode()" [occupationUri]="occupation()" [existing]="existing()" (added)="added.set($event)" />
  `,
})
class Host {
  readonly mode = signal<OccupationSkillsMode>('level');
  readonly occupation = signal<string | null>(null);
  readonly existing = signal<string[]>([`${S}wash`]);
  readonly added = signal<TickedSkill[] | null>(null);
}

describe('OccupationSkillsComponent (skills through the jobs she has done)', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(mode: OccupationSkillsMode): Promise<void> {
    fixture.componentInstance.mode.set(mode);
    fixture.componentInstance.occupation.set(KITCHEN_ASSISTANT);
    await fixture.whenStable();
    const req = http.expectOne(`/api/reference/occupations/e1cf6897-158d-4b48-a39e-2a3a8cac216c?lang=it`);
    req.flush({
      uri: KITCHEN_ASSISTANT,
      kind: 'occupation',
      label: 'assistente di cucina',
      labelLanguage: 'it',
      essentialSkills: [
        { uri: `${S}cut`, kind: 'skill', label: 'tagliare le verdure', labelLanguage: 'it', code: null },
        { uri: `${S}wash`, kind: 'skill', label: 'wash dishes', labelLanguage: 'en', code: null },
      ],
      optionalSkills: [{ uri: `${S}store`, kind: 'skill', label: 'store kitchen supplies', labelLanguage: 'en', code: null }],
    });
    await fixture.whenStable();
  }

  const check = (id: string) => {
    const box = page.querySelector<HTMLInputElement>(`#${id}`)!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: portalTestProviders() });
    TestBed.inject(TranslationService).use('it');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists the essential and optional skills of the occupation, English ones with a translated hint, held ones ticked', async () => {
    await open('level');
    expect(page.querySelector('[data-testid="t-essential"] legend')?.textContent).toContain('Competenze essenziali per questo lavoro (2)');
    expect(page.querySelector('label[for="t-essential-0"]')?.textContent?.trim()).toBe('tagliare le verdure');
    expect(page.querySelector('label[for="t-essential-1"]')?.textContent).toMatch(/wash dishes\s+\(in inglese\)/);
    const held = page.querySelector<HTMLInputElement>('#t-essential-1')!;
    expect([held.checked, held.disabled]).toEqual([true, true]);
    expect(page.textContent).not.toMatch(/\bEN\b|http/);
  });

  it('adds the ticked skills with the level chosen for each', async () => {
    await open('level');
    check('t-essential-0');
    check('t-optional-0');
    await fixture.whenStable();
    const level = page.querySelector<HTMLSelectElement>('#t-essential-0-choice')!;
    level.value = 'advanced';
    level.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    page.querySelector<HTMLButtonElement>('.btn-primary')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.added()).toEqual([
      { uri: `${S}cut`, label: 'tagliare le verdure', labelLanguage: 'it', level: 'advanced' },
      { uri: `${S}store`, label: 'store kitchen supplies', labelLanguage: 'en', level: 'intermediate' },
    ]);
    expect(page.textContent).toContain('Competenze aggiunte: 2.');
  });

  it("for an offer, adds each skill as essential or optional, ESCO's relation by default", async () => {
    await open('relation');
    check('t-essential-0');
    check('t-optional-0');
    await fixture.whenStable();
    expect(page.querySelector<HTMLSelectElement>('#t-optional-0-choice')?.value).toBe('optional');
    page.querySelector<HTMLButtonElement>('.btn-primary')!.click();
    expect(fixture.componentInstance.added()?.map((s) => [s.uri, s.relation])).toEqual([
      [`${S}cut`, 'essential'],
      [`${S}store`, 'optional'],
    ]);
  });
});
