import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authSuccess, portalTestProviders } from '../../../test/test-providers';
import { SessionStore } from '../auth/session.store';
import { TranslationService } from '../i18n/translation.service';
import { ApiClient } from '../api/api-client';
import { ApiProblem } from '../api/api-problem';

@Component({ template: '' })
class Blank {}

describe('API interceptors', () => {
  let http: HttpTestingController;
  let api: ApiClient;
  let session: SessionStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: portalTestProviders([
        { path: 'sign-in', component: Blank },
        { path: 'offers', component: Blank },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ApiClient);
    session = TestBed.inject(SessionStore);
  });

  afterEach(() => http.verify());

  it('sends the UI language and the in-memory bearer token to the API', () => {
    session.start(authSuccess(undefined, 'abc'));
    TestBed.inject(TranslationService).use('en');
    api.get('/offers').subscribe();
    const req = http.expectOne('/api/offers');
    expect(req.request.headers.get('Accept-Language')).toBe('en');
    expect(req.request.headers.get('Authorization')).toBe('Bearer abc');
    req.flush([]);
  });

  it('sends no Authorization header without a session, and nothing extra to other hosts', () => {
    api.get('/reference/comuni').subscribe();
    const apiReq = http.expectOne('/api/reference/comuni');
    expect(apiReq.request.headers.has('Authorization')).toBe(false);
    expect(apiReq.request.headers.get('Accept-Language')).toBe('it');
    apiReq.flush([]);

    session.start(authSuccess());
    TestBed.inject(HttpClient)
      .get('https://tiles.example.org/1.png')
      .subscribe();
    const other = http.expectOne('https://tiles.example.org/1.png');
    expect(other.request.headers.has('Authorization')).toBe(false);
    expect(other.request.headers.has('Accept-Language')).toBe(false);
    other.flush('');
  });

  it('on 401 refreshes once through the cookie and retries with the new token', async () => {
    session.start(authSuccess(undefined, 'old'));
    const result = firstValueFrom(api.get<{ ok: boolean }>('/offers'));

    http
      .expectOne('/api/offers')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.method).toBe('POST');
    expect(refresh.request.withCredentials).toBe(true);
    refresh.flush(authSuccess(undefined, 'new'));

    const retry = http.expectOne('/api/offers');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new');
    retry.flush({ ok: true });

    await expect(result).resolves.toEqual({ ok: true });
    expect(session.accessToken).toBe('new');
  });

  it("retries only once: a second 401 is the caller's error, with no second refresh", async () => {
    session.start(authSuccess(undefined, 'old'));
    const result = firstValueFrom(api.get('/offers'));
    http
      .expectOne('/api/offers')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/auth/refresh').flush(authSuccess(undefined, 'new'));
    http
      .expectOne('/api/offers')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    http.expectNone('/api/auth/refresh');
    await expect(result).rejects.toMatchObject({ status: 401 });
  });

  it('shares one refresh between requests failing together', async () => {
    session.start(authSuccess(undefined, 'old'));
    const a = firstValueFrom(api.get('/offers'));
    const b = firstValueFrom(api.get('/courses'));
    http
      .expectOne('/api/offers')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    http
      .expectOne('/api/courses')
      .flush(null, { status: 401, statusText: 'Unauthorized' });

    http.expectOne('/api/auth/refresh').flush(authSuccess(undefined, 'new'));
    http.expectOne('/api/offers').flush('a');
    http.expectOne('/api/courses').flush('b');
    await expect(Promise.all([a, b])).resolves.toEqual(['a', 'b']);
  });

  it('when the refresh fails, ends the session and goes to sign-in with the return URL', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/offers');
    session.start(authSuccess());
    const result = firstValueFrom(api.get('/offers'));

    http
      .expectOne('/api/offers')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    http
      .expectOne('/api/auth/refresh')
      .flush(
        {
          type: 'urn:ponte:problem:unauthorized',
          title: 'Unauthorized',
          status: 401,
        },
        { status: 401, statusText: 'Unauthorized' },
      );

    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(session.isAuthenticated()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve)); // let the navigation finish
    expect(router.url).toBe('/sign-in?returnUrl=%2Foffers&reason=expired');
  });

  it('does not retry a 401 of the login itself (wrong credentials)', async () => {
    const result = firstValueFrom(
      api.post('/auth/login', { email: 'a@b.it', password: 'x' }),
    );
    http
      .expectOne('/api/auth/login')
      .flush(
        {
          type: 'urn:ponte:problem:invalid-credentials',
          title: 'Invalid credentials',
          status: 401,
        },
        { status: 401, statusText: 'Unauthorized' },
      );
    http.expectNone('/api/auth/refresh');
    await expect(result).rejects.toMatchObject({
      type: 'urn:ponte:problem:invalid-credentials',
    });
  });

  it('turns problem+json errors into an ApiProblem with field errors', async () => {
    const result = firstValueFrom(api.post('/profiles', {}));
    http.expectOne('/api/profiles').flush(
      {
        type: 'urn:ponte:problem:identifier-detected',
        title: 'Identifier detected',
        status: 422,
        detail: 'Il campo contiene un numero di telefono.',
        errors: [
          { field: 'notes', message: 'Contiene un numero di telefono.' },
          { bogus: true },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    const problem = (await result.catch((e: unknown) => e)) as ApiProblem;
    expect(problem).toEqual({
      type: 'urn:ponte:problem:identifier-detected',
      title: 'Identifier detected',
      status: 422,
      detail: 'Il campo contiene un numero di telefono.',
      errors: [{ field: 'notes', message: 'Contiene un numero di telefono.' }],
    });
  });

  it('reports a network failure as a status-0 problem', async () => {
    const result = firstValueFrom(api.get('/offers'));
    http.expectOne('/api/offers').error(new ProgressEvent('error'));
    await expect(result).rejects.toMatchObject({
      status: 0,
      type: 'urn:ponte:problem:network',
    });
  });

  it('drops unset filters from the query string and repeats array values', () => {
    api
      .get('/offers', {
        query: {
          q: '',
          status: ['published', 'closed'],
          page: 2,
          comune: undefined,
        },
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/offers');
    expect(req.request.urlWithParams).toBe(
      '/api/offers?status=published&status=closed&page=2',
    );
    req.flush([]);
  });
});
