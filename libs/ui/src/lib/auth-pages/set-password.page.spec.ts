import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { authSuccess, portalTestProviders } from '../../../test/test-providers';
import { ApiClient } from '../api/api-client';
import { controlPath } from '../api/server-errors';
import { AuthService } from '../auth/auth.service';
import { SetPasswordPage } from './set-password.page';

@Component({ template: 'sign-in' })
class Blank {}

describe('SetPasswordPage and cookie calls', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: portalTestProviders([
        { path: 'sign-in', component: Blank },
        { path: 'password-reset', component: Blank },
        { path: 'reset-password', component: SetPasswordPage, data: { mode: 'reset' } },
        { path: 'accept-invitation', component: SetPasswordPage, data: { mode: 'invitation' } },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function fill(page: HTMLElement, id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  it('checks length and confirmation on the client, then confirms the reset with the e-mailed token', async () => {
    const harness = await RouterTestingHarness.create('/reset-password?token=tok-1');
    const page = harness.routeNativeElement!;
    expect(page.querySelector('h1')?.textContent).toContain('Scegli una nuova password');
    fill(page, 'new-password', 'short');
    fill(page, 'confirm-password', 'other');
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(page.querySelector('#new-password-error')?.textContent).toContain('almeno 12 caratteri');
    expect(page.querySelector('#confirm-password-error')?.textContent).toContain('non coincidono');
    http.expectNone('/api/auth/password-reset/confirm');

    fill(page, 'new-password', 'una frase lunga e sicura');
    fill(page, 'confirm-password', 'una frase lunga e sicura');
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/auth/password-reset/confirm');
    expect(req.request.body).toEqual({ token: 'tok-1', password: 'una frase lunga e sicura' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Password salvata');
  });

  it('an invitation link goes to the invitation endpoint; an expired token is explained with a way out', async () => {
    const harness = await RouterTestingHarness.create('/accept-invitation?token=tok-2');
    const page = harness.routeNativeElement!;
    expect(page.querySelector('h1')?.textContent).toContain('Attiva il tuo account');
    fill(page, 'new-password', 'una frase lunga e sicura');
    fill(page, 'confirm-password', 'una frase lunga e sicura');
    page.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/auth/invitations/accept').flush(
      {
        type: 'urn:ponte:problem:validation',
        title: 'Dati non validi',
        status: 422,
        errors: [{ field: 'token', message: 'Il link non è valido, è scaduto o è già stato usato.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();
    const alert = page.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Il link non è valido');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/password-reset');
  });

  it('sends X-Ponte-CSRF on the cookie-authenticated refresh, and nowhere else', async () => {
    await TestBed.inject(Router).navigateByUrl('/sign-in');
    const refreshed = firstValueFrom(TestBed.inject(AuthService).refresh());
    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.headers.get('X-Ponte-CSRF')).toBe('1');
    refresh.flush(authSuccess());
    await refreshed;
    TestBed.inject(ApiClient).get('/offers').subscribe();
    const plain = http.expectOne('/api/offers');
    expect(plain.request.headers.has('X-Ponte-CSRF')).toBe(false);
    plain.flush({});
  });

  it('maps the API field paths to form control paths', () => {
    expect(controlPath('essentialSkills[2]')).toBe('essentialSkills.2');
    expect(controlPath('languages[0].code')).toBe('languages.0.code');
    expect(controlPath('admin.email')).toBe('admin.email');
  });
});
