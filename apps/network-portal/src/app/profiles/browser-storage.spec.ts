import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { LANGUAGE_STORAGE_KEY, PortalRootComponent, SessionStore, TranslationService } from '@ponte/ui';
import { COMUNI, NETWORK_ID, settle, staffUser } from '../../testing/network-test-providers';
import { appConfig } from '../app.config';
import { Profile, ProfileSummary } from '@ponte/contracts';

const CODE = 'MI-7QX4-92K';
const NOTES = 'Udienze in tribunale il martedì mattina fino a marzo.';

const profile: Profile = {
  id: 'p-1',
  pseudonymCode: CODE,
  networkId: NETWORK_ID,
  counsellorId: staffUser('counsellor').id,
  ageBand: '35-44',
  homeComune: '015146',
  eqfLevel: 3,
  targetOccupations: [],
  skills: [
    {
      uri: 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614',
      level: 'advanced',
      acquiredThrough: ['unpaid_care'],
      comment: 'Dieci anni di cura di un familiare',
    },
  ],
  languages: [{ code: 'it', cefr: 'B2' }],
  weeklyHours: 25,
  shifts: ['morning'],
  earliestStart: null,
  maxCommuteKm: 12,
  commuteMeans: ['public_transport'],
  contracts: [],
  accommodations: ['childcare'],
  notes: NOTES,
  safety: { exclusions: [{ comune: '015209', radiusKm: 5 }], blockedOrganisations: [] },
  status: 'active',
  archivedAt: null,
  lastActivityAt: '2026-11-20T10:00:00Z',
  version: 3,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
};

const summary: ProfileSummary = {
  id: profile.id,
  pseudonymCode: CODE,
  networkId: NETWORK_ID,
  counsellorId: profile.counsellorId,
  ageBand: profile.ageBand,
  homeComune: profile.homeComune,
  status: 'active',
  skillCount: 1,
  matchingConsent: true,
  lastActivityAt: profile.lastActivityAt,
  version: 3,
};

/**
 * Profile data lives in memory only: after a counsellor has used the profile pages (list,
 * summary with notes, editor, consents), browser storage holds the UI language and nothing else.
 */
describe('browser storage after the profile pages', () => {
  let http: HttpTestingController;

  /** Answers what the pages ask for, with the profile's data; anything else gets an empty page. */
  function answer(): void {
    for (const req of http.match(() => true)) {
      const url = req.request.url;
      if (url === '/api/profiles') req.flush({ items: [summary], total: 1, page: 1, pageSize: 20 });
      else if (url === `/api/profiles/${profile.id}`) req.flush(profile);
      else if (url.endsWith('/consents'))
        req.flush([
          {
            id: 'c-1',
            profileId: profile.id,
            kind: 'matching',
            organisationId: null,
            basis: 'explicit_verbal',
            recordedBy: profile.counsellorId,
            recordedAt: '2026-11-01T10:00:00Z',
            revokedAt: null,
            revokedBy: null,
            active: true,
          },
        ]);
      else if (url === '/api/reference/comuni') req.flush({ items: COMUNI });
      else if (url === '/api/reference/concepts/lookup')
        req.flush({ items: [{ uri: profile.skills[0].uri, kind: 'skill', label: 'domestic care', labelLanguage: 'en', code: null }], unknown: [] });
      else if (url.endsWith('/members')) req.flush([{ id: profile.counsellorId, displayName: 'Sportello Nord', role: 'counsellor' }]);
      else if (url === '/api/notifications') req.flush({ items: [], total: 0, page: 1, pageSize: 1, unread: 0 });
      else req.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    }
  }

  /** HTTP requests hold the app unstable: answer them as they come, then let it render. */
  async function visit(url: string, fixture: { whenStable(): Promise<unknown> }): Promise<void> {
    const navigation = TestBed.inject(Router).navigateByUrl(url);
    for (let i = 0; i < 8; i++) {
      await settle();
      answer();
    }
    await navigation;
    await settle(fixture);
  }

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('keeps only the UI language in localStorage and nothing in sessionStorage', async () => {
    const fixture = TestBed.createComponent(PortalRootComponent);
    TestBed.inject(SessionStore).start({ accessToken: 'secret-token', expiresIn: 600, user: staffUser('counsellor') });
    const i18n = TestBed.inject(TranslationService);
    i18n.use('en');
    i18n.use('it');

    await visit('/profiles', fixture);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(CODE);
    await visit(`/profiles/${profile.id}`, fixture);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(NOTES);
    await visit(`/profiles/${profile.id}/edit`, fixture);
    expect((fixture.nativeElement as HTMLTextAreaElement).querySelector<HTMLTextAreaElement>('#pf-notes')?.value).toBe(NOTES);
    await visit(`/profiles/${profile.id}/consents`, fixture);

    expect(Object.keys(localStorage)).toEqual([LANGUAGE_STORAGE_KEY]);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('it');
    expect(sessionStorage.length).toBe(0);
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
    for (const secret of [CODE, NOTES, 'secret-token', '015146', profile.id]) {
      expect(stored).not.toContain(secret);
    }
  }, 30_000);
});
