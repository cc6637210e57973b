import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { COMUNI, flushAll, networkTestProviders, settle, signIn } from '../../testing/network-test-providers';
import { ProfileContext } from '../profiles/profile-context';
import { shortlistDictionary } from '../proposals/proposals.i18n';
import { profilesDictionary } from '../profiles/profiles.i18n';
import type { MatchPage, Profile } from '@ponte/contracts';
import { matchesDictionary } from './matches.i18n';
import { MatchesPage } from './matches.page';

const PROFILE = { id: 'p-1', pseudonymCode: 'MI-7QX4-92K', maxCommuteKm: 15 } as Profile;

const page = (fields: Partial<MatchPage> = {}): MatchPage => ({
  items: [],
  total: 0,
  page: 1,
  pageSize: 10,
  profileVersion: 1,
  computedAt: '2026-12-01T09:00:00.000Z',
  stale: false,
  recomputing: false,
  filtered: {},
  ...fields,
});

/** Her matches page (a tab of the profile) with the API answered by hand. */
async function open(url: string) {
  TestBed.configureTestingModule({
    providers: [
      ...networkTestProviders(
        [{ path: 'profiles/:id/matches', component: MatchesPage }],
        matchesDictionary,
        shortlistDictionary,
        profilesDictionary,
      ),
      ProfileContext,
    ],
  });
  signIn('counsellor');
  TestBed.inject(ProfileContext).profile.set(PROFILE);
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  flushAll(http, '/api/reference/comuni', { items: COMUNI });
  flushAll(http, '/api/profiles/p-1/shortlist', { items: [], total: 0, page: 1, pageSize: 50 });
  const answer = async (body: MatchPage) => {
    const request = http.expectOne((r) => r.url === '/api/profiles/p-1/matches');
    request.flush(body);
    await harness.fixture.whenStable();
    harness.detectChanges();
    return request.request.params;
  };
  return { harness, http, answer, element: harness.routeNativeElement as HTMLElement };
}

describe('MatchesPage', () => {
  afterEach(() => jest.useRealTimers());

  it('asks for the kind and filters the URL names, and counts what fits in words', async () => {
    const { answer, element } = await open('/profiles/p-1/matches?kind=course&minScore=70');
    const params = await answer(page({ total: 0 }));
    expect(params.get('kind')).toBe('course');
    expect(params.get('minScore')).toBe('70');
    expect(params.get('page')).toBe('1');
    expect(element.querySelector('.ponte-result-count')?.textContent?.trim()).toBe('0 corsi adatti');
    expect(element.querySelector('ponte-empty-state')?.textContent).toContain('Nessun abbinamento per ora');
    expect((element.querySelector('#mf-min') as HTMLSelectElement).value).toBe('70');
    // Courses have no contract filter.
    expect(element.querySelector('#mf-contract')).toBeNull();
  });

  it('writes the filters into the URL and keeps the kind; a missing consent says what to do instead of a list', async () => {
    const { answer, element, harness } = await open('/profiles/p-1/matches');
    await answer(page({ unavailable: 'matching_consent_missing' }));
    expect(element.querySelector('.callout')?.textContent).toContain('consenso');
    expect(element.querySelector('ponte-list-results')).toBeNull();

    const radius = element.querySelector('#mf-radius') as HTMLInputElement;
    radius.value = '10';
    radius.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/profiles/p-1/matches?radiusKm=10');
    const params = await answer(page());
    expect(params.get('radiusKm')).toBe('10');
  });

  it('asks again while the worker recomputes, keeping the rows on screen', async () => {
    const { http, harness, element } = await open('/profiles/p-1/matches');
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    http.expectOne((r) => r.url === '/api/profiles/p-1/matches').flush(page({ recomputing: true }));
    harness.detectChanges();
    expect(element.querySelector('.alert[role="status"]')?.textContent).toContain('in aggiornamento');
    jest.advanceTimersByTime(3000);
    const again = http.expectOne((r) => r.url === '/api/profiles/p-1/matches');
    // A quiet load: the page stays on screen meanwhile, no spinner.
    harness.detectChanges();
    expect(element.querySelector('ponte-loading-state')).toBeNull();
    again.flush(page({ recomputing: false }));
    jest.advanceTimersByTime(3000);
    http.expectNone((r) => r.url === '/api/profiles/p-1/matches');
  });
});
