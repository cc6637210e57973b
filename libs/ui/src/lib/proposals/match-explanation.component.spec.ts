import { TestBed } from '@angular/core/testing';
import { portalTestProviders } from '../../../test/test-providers';
import { TranslationService } from '../i18n/translation.service';
import { StatusBadgeComponent } from '../states/status-badge.component';
import type { CandidateCard } from '@ponte/contracts';
import { MatchExplanationComponent } from './match-explanation.component';

const card: CandidateCard = {
  candidateCode: 'C-7QX4-92KF',
  skills: [{ uri: 'u:stock', label: 'stock shelves', level: 'intermediate' }],
  languages: [{ code: 'it', cefr: 'B2' }],
  eqfLevel: 3,
  availability: { weeklyHours: 25, shifts: ['morning'], earliestStart: null },
  distanceBand: 'within_10km',
  accommodations: ['flexible_hours', 'childcare'],
  explanation: {
    kind: 'offer',
    matchedSkills: [
      { uri: 'u:stock', label: 'stock shelves', essential: true, tier: 'exact' },
      { uri: 'u:goods', label: null, essential: true, tier: 'broader' },
    ],
    missingSkills: [{ uri: 'u:forklift', label: 'operate forklift', essential: true }],
    essentialCoverage: 2 / 3,
    schedule: { sharedShifts: ['morning'], offerHours: 30, profileHours: 25, hoursFit: 0.83 },
    accommodations: { met: ['flexible_hours'], unmet: ['childcare'] },
  },
};

describe('MatchExplanationComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: portalTestProviders() });
  });

  async function render(value: CandidateCard = card): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(MatchExplanationComponent);
    fixture.componentRef.setInput('card', value);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('says in words how many essential skills she has, what she has, what she lacks', async () => {
    const page = await render();
    expect(page.textContent).toContain('Possiede 2 delle 3 competenze essenziali (67%)');
    const lists = page.querySelectorAll('.ponte-skill-list');
    expect(lists[0].textContent).toContain('stock shelves');
    expect(lists[0].textContent).toContain('competenza affine (stesso gruppo ESCO)');
    expect(lists[0].textContent).toContain('Voce non disponibile'); // a label missing in every language
    expect(lists[1].textContent).toContain('operate forklift');
  });

  it('shows the distance band, the shared shifts, the hours fit and the accommodations, never a place', async () => {
    const page = await render();
    const facts = page.querySelector('dl')!.textContent!;
    expect(facts).toContain('Entro 10 km');
    expect(facts).toContain('Mattina');
    expect(facts).toContain('Richieste 30 h, disponibile per 25 h');
    expect(facts).toContain('compatibilità 83%');
    expect(facts).toContain('Orario flessibile');
    expect(facts).toContain('non prevista');
  });

  it('reads "remote" when there is no distance band, and follows the language', async () => {
    const page = await render({ ...card, distanceBand: null });
    expect(page.textContent).toContain('Lavoro da remoto');
    TestBed.inject(TranslationService).use('en');
    const english = await render();
    expect(english.textContent).toContain('Has 2 of the 3 essential skills (67%)');
  });

  it('the status badge always says the state in words', async () => {
    const fixture = TestBed.createComponent(StatusBadgeComponent);
    fixture.componentRef.setInput('vocabulary', 'proposalState');
    fixture.componentRef.setInput('value', 'interview_arranged');
    await fixture.whenStable();
    const badge = (fixture.nativeElement as HTMLElement).querySelector('.ponte-badge')!;
    expect(badge.textContent?.trim()).toBe('Colloquio fissato');
    expect(badge.classList).toContain('ponte-badge-warning');
  });
});
