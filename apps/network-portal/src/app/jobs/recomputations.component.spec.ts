import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { RecomputationView } from '@ponte/domain';
import { networkTestProviders, signIn } from '../../testing/network-test-providers';
import { jobsDictionary } from './jobs.i18n';
import { duration, RECOMPUTATION_POLL_MS, RecomputationsComponent } from './recomputations.component';

const view = (fields: Partial<RecomputationView> = {}): RecomputationView => ({
  id: 'b1f3c2a0-0000-4000-8000-000000000001',
  scope: { kind: 'all' },
  state: 'running',
  requestedAt: '2026-12-01T09:00:00.000Z',
  finishedAt: null,
  partitions: { total: 100, done: 25, failed: 0 },
  profiles: { total: 100_000, done: 25_000 },
  profilesPerSecond: 112.5,
  etaSeconds: 667,
  workers: 2,
  startedAt: '2026-12-01T09:00:01.000Z',
  updatedAt: '2026-12-01T09:03:43.000Z',
  stored: 2_500_000,
  deleted: 0,
  ...fields,
});

describe('RecomputationsComponent', () => {
  let fixture: ComponentFixture<RecomputationsComponent>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    TestBed.configureTestingModule({ providers: networkTestProviders([], jobsDictionary) });
    http = TestBed.inject(HttpTestingController);
    signIn('coordinator');
    fixture = TestBed.createComponent(RecomputationsComponent);
    el = fixture.nativeElement;
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const answerList = async (items: RecomputationView[]) => {
    http.expectOne('/api/jobs/recomputations').flush({ items });
    fixture.detectChanges();
    await fixture.whenStable();
  };

  it('shows a running recomputation: parts, profiles, rate, time left, processes; reads it again while it runs', async () => {
    await answerList([view()]);
    const bar = el.querySelector('[role="progressbar"]') as HTMLElement;
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect((bar.querySelector('.progress-bar') as HTMLElement).style.width).toBe('25%');
    const text = el.textContent ?? '';
    expect(text).toContain('Tutti gli abbinamenti');
    expect(text).toContain('In corso');
    expect(text).toContain('Parti 25 di 100');
    expect(text).toContain('25.000 profili su 100.000');
    expect(text).toContain('112,5 profili/s');
    expect(text).toContain('ancora circa 11 min 07 s');
    expect(text).toContain('2 processi');

    jest.advanceTimersByTime(RECOMPUTATION_POLL_MS);
    await answerList([view({ state: 'completed', partitions: { total: 100, done: 98, failed: 2 }, etaSeconds: 0, finishedAt: '2026-12-01T09:15:00.000Z' })]);
    expect(el.textContent).toContain('Completato');
    expect(el.textContent).toContain('2 non riuscite');
    expect(el.textContent).not.toContain('ancora circa');
    // Nothing runs: no more reads.
    jest.advanceTimersByTime(RECOMPUTATION_POLL_MS * 3);
    http.expectNone('/api/jobs/recomputations');
  });

  it('starts a full recomputation on the second click and says so; a refusal shows the problem', async () => {
    await answerList([]);
    expect(el.textContent).toContain('Nessun ricalcolo recente.');
    const button = el.querySelector('button.btn-primary') as HTMLButtonElement;
    button.click();
    fixture.detectChanges();
    expect(button.textContent).toContain('Conferma');
    http.expectNone('/api/jobs/recomputations');
    button.click();
    const post = http.expectOne((req) => req.method === 'POST' && req.url === '/api/jobs/recomputations');
    expect(post.request.body).toEqual({});
    post.flush(view({ state: 'queued', partitions: { total: 100, done: 0, failed: 0 }, profilesPerSecond: null, etaSeconds: null }), { status: 202, statusText: 'Accepted' });
    await answerList([view({ state: 'queued' })]);
    expect(el.textContent).toContain('Ricalcolo avviato.');
    expect(el.textContent).toContain('In coda');
    jest.advanceTimersByTime(RECOMPUTATION_POLL_MS);
    await answerList([view()]);

    button.click();
    button.click();
    http
      .expectOne((req) => req.method === 'POST')
      .flush(
        { type: 'urn:ponte:problem:conflict', title: 'Conflitto', status: 409, detail: 'Un ricalcolo degli stessi abbinamenti è già in corso.' },
        { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
      );
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.textContent).toContain('già in corso');
    jest.advanceTimersByTime(RECOMPUTATION_POLL_MS);
    await answerList([view({ state: 'completed', etaSeconds: 0 })]);
  });
});

describe('duration', () => {
  it('writes seconds for people', () => {
    expect(duration(35)).toBe('35 s');
    expect(duration(667)).toBe('11 min 07 s');
    expect(duration(3900)).toBe('1 h 05 min');
  });
});
