import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { networkTestProviders, settle, signIn } from '../../testing/network-test-providers';
import { referenceDataDictionary } from './reference-data.i18n';
import type { ReferenceStatus } from '@ponte/contracts';
import { ReferenceDataPage } from './reference-data.page';

const STATUS: ReferenceStatus = {
  concepts: { skills: 13896, skillGroups: 640, occupations: 3007, iscoGroups: 619 },
  occupationSkills: 123788,
  skillBroader: 20649,
  comuni: 133,
  languages: [
    { language: 'en', concepts: { skills: 13896, skillGroups: 640, occupations: 3007, iscoGroups: 619 }, labels: 160000 },
    { language: 'it', concepts: { skills: 0, skillGroups: 0, occupations: 2939, iscoGroups: 619 }, labels: 17000 },
  ],
  imports: [
    {
      finishedAt: '2026-12-06T08:00:00.000Z',
      sources: ['skills_en.csv', 'occupations_it.csv (labels)', 'comuni-milano.csv'],
      changedRows: 250000,
      durationMs: 60000,
    },
  ],
};

describe('ReferenceDataPage', () => {
  let fixture: ComponentFixture<ReferenceDataPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: networkTestProviders([], referenceDataDictionary) });
    http = TestBed.inject(HttpTestingController);
    signIn('coordinator');
    fixture = TestBed.createComponent(ReferenceDataPage);
    page = fixture.nativeElement;
    await settle(fixture);
    http.expectOne('/api/reference/status').flush(STATUS);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('shows the loaded languages with how many concepts each names, of the total', () => {
    const rows = [...page.querySelectorAll('[data-testid="reference-languages"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows[1][0]).toBe('Italiano (it)');
    // Occupations first: 2,939 of 3,007 have an Italian label; no Italian skills pack yet.
    expect(rows[1][1]).toBe('2939 su 3007 (98%)');
    expect(rows[1][2]).toBe('0 su 13.896 (0%)');
  });

  it('lists the files of the last imports, saying which gave labels only', () => {
    const imports = page.querySelector('[data-testid="reference-imports"]')!.textContent ?? '';
    expect(imports).toContain('occupations_it.csv');
    expect(imports).toContain('(solo etichette)');
    expect(page.querySelector('[data-testid="reference-concepts"]')?.textContent).toContain('133');
  });
});
