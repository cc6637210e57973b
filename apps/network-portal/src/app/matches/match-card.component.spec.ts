import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { COMUNI, flushAll, networkTestProviders, settle } from '../../testing/network-test-providers';
import { ComuniStore } from '../core/comuni.store';
import { MatchCardComponent } from './match-card.component';
import { matchesDictionary } from './matches.i18n';
import type { Match } from '@ponte/contracts';

const ESCO = 'http://data.europa.eu/esco/skill/';
const LAUNDRY = `${ESCO}laundry`;
const LINENS = `${ESCO}linens`;
const INVENTORY = `${ESCO}inventory`;

const match: Match = {
  kind: 'offer',
  rank: 1,
  score: 51.87,
  listing: {
    id: 'o-1',
    title: 'Addetta alle pulizie di uffici',
    organisation: { id: 'org-1', name: 'Acme Servizi S.r.l.' },
    comune: '015146',
    workMode: 'on_site',
    deadline: '2026-12-25',
    contract: 'tempo_determinato',
  },
  explanation: {
    points: { skills: 27.5, use: 12.5, occupation: 10, distance: 0.83, schedule: 0.71, accommodations: 0, contract: 0.33 },
    maxPoints: { skills: 55, use: 25, occupation: 10, distance: 4, schedule: 3, accommodations: 2, contract: 1 },
    fit: 0.556,
    evidence: 0.333,
    skills: [
      { uri: LAUNDRY, essential: true, tier: 'exact', weight: 1.2, credit: 1 },
      { uri: LINENS, essential: true, tier: 'broader', weight: 1.2, credit: 0.5 },
      { uri: INVENTORY, essential: true, tier: 'none', weight: 1.2, credit: 0 },
    ],
    missingEssential: [INVENTORY],
    essentialCoverage: 0.333,
    usedSkills: { used: 1, of: 2 },
    occupation: 'target',
    km: 8.5,
    remote: false,
    schedule: { sharedShifts: ['morning'], offerHours: 20, profileHours: 25, hoursFit: 0.8 },
    contract: { offered: 'tempo_determinato', fit: 'preferred' },
    accommodations: { met: [], unmet: ['childcare'] },
  },
};

describe('MatchCardComponent', () => {
  it('reads at a glance: score as a number with its band, skills she has and lacks, km, hours', async () => {
    TestBed.configureTestingModule({ providers: networkTestProviders([], matchesDictionary) });
    const http = TestBed.inject(HttpTestingController);
    TestBed.inject(ComuniStore).load().subscribe();
    flushAll(http, '/api/reference/comuni', { items: COMUNI });
    const fixture = TestBed.createComponent(MatchCardComponent);
    fixture.componentRef.setInput('match', match);
    await settle();
    const lookup = http.expectOne('/api/reference/concepts/lookup');
    expect(lookup.request.body.uris).toEqual([LAUNDRY, LINENS, INVENTORY]);
    lookup.flush({
      items: [
        { uri: LAUNDRY, kind: 'skill', label: 'lavare la biancheria', labelLanguage: 'it', code: null },
        { uri: LINENS, kind: 'skill', label: 'pulire la biancheria di casa', labelLanguage: 'it', code: null },
        { uri: INVENTORY, kind: 'skill', label: 'gestire le scorte di detersivi', labelLanguage: 'it', code: null },
      ],
      unknown: [],
    });
    await settle(fixture);
    const card = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => card.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

    // Screen readers hear a sentence; the eye gets the number, the band and the bar.
    expect(text('ponte-score-bar .visually-hidden')).toBe('Punteggio 52 su 100: adatta.');
    expect(text('.ponte-score-number')).toBe('52');
    expect(card.querySelector('.ponte-score-track')?.getAttribute('aria-hidden')).toBe('true');
    expect(text('h2')).toBe('Addetta alle pulizie di uffici');
    expect(text('.ponte-glance')).toContain('8,5 km da casa');
    expect(text('.ponte-glance')).toContain('Mattina · 20 h richieste, 25 h disponibili');
    expect(text('.ponte-glance')).toContain('1 su 3');
    const has = Array.from(card.querySelectorAll('.ponte-skill-has')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(has).toEqual(['lavare la biancheria', 'pulire la biancheria di casa affine']);
    expect(text('.ponte-skill-lacks')).toBe('gestire le scorte di detersivi');
    // The points behind the score, on demand.
    const rows = Array.from(card.querySelectorAll('.ponte-points tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent?.trim()),
    );
    // Each component's points next to its maximum.
    expect(rows).toEqual([
      ['Competenze', '27,5', '55'],
      ['Uso delle sue competenze', '12,5', '25'],
      ['Professione', '10', '10'],
      ['Distanza', '0,83', '4'],
      ['Orari', '0,71', '3'],
      ['Conciliazione', '0', '2'],
      ['Contratto', '0,33', '1'],
      ['Totale', '51,87', '100'],
    ]);
    expect(card.textContent).toContain('75 vuol dire');
    expect(card.textContent).toContain('Supporto per la cura dei figli: non prevista');
    http.verify();
  });
});
