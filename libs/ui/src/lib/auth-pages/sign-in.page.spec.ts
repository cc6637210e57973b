import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  authSuccess,
  partnerUser,
  portalTestProviders,
} from '../../../test/test-providers';
import { SessionStore } from '../auth/session.store';
import { SignInPage } from './sign-in.page';

@Component({ template: 'landed' })
class Landing {}

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let http: HttpTestingController;
  let router: Router;
  let page: HTMLElement;

  async function open(url = '/sign-in'): Promise<void> {
    router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    fixture = TestBed.createComponent(SignInPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  function type(selector: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(): Promise<void> {
    page
      .querySelector<HTMLFormElement>('form')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: portalTestProviders([
        { path: 'sign-in', component: Landing },
        { path: 'offers', component: Landing },
        { path: '', component: Landing },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the field errors, described by the fields, and calls nothing when submitted empty', async () => {
    await open();
    await submit();
    const email = page.querySelector('#sign-in-email') as HTMLInputElement;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('sign-in-email-error');
    expect(
      page.querySelector('#sign-in-email-error')?.textContent?.trim(),
    ).toBe('Questo campo è obbligatorio.');
    expect(
      page.querySelector('#sign-in-password-error')?.textContent?.trim(),
    ).toBe('Questo campo è obbligatorio.');
    http.expectNone('/api/auth/login');
  });

  it('rejects a malformed e-mail on the client', async () => {
    await open();
    type('#sign-in-email', 'not-an-address');
    await fixture.whenStable();
    expect(page.querySelector('#sign-in-email-error')?.textContent).toContain(
      'Inserisci un indirizzo e-mail valido',
    );
  });

  it('signs in with e-mail and password and goes back to the requested page', async () => {
    await open('/sign-in?returnUrl=%2Foffers');
    type('#sign-in-email', ' hr@example.it ');
    type('#sign-in-password', 'correct horse');
    await submit();

    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({
      email: 'hr@example.it',
      password: 'correct horse',
    });
    login.flush(authSuccess());
    await settle();

    expect(TestBed.inject(SessionStore).user()?.id).toBe(partnerUser.id);
    expect(router.url).toBe('/offers');
  });

  it('asks for the TOTP code when the account needs it, then signs in', async () => {
    await open();
    type('#sign-in-email', 'hr@example.it');
    type('#sign-in-password', 'secret');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ mfaRequired: true, mfaToken: 'mfa-1' });
    await settle();

    expect(page.querySelector('h1')?.textContent).toContain(
      'Verifica in due passaggi',
    );
    expect(document.activeElement).toBe(page.querySelector('h1'));
    expect(TestBed.inject(SessionStore).isAuthenticated()).toBe(false);

    type('#sign-in-totp', '12345');
    await submit();
    expect(page.querySelector('#sign-in-totp-error')?.textContent).toContain(
      '6 cifre',
    );
    http.expectNone('/api/auth/login/totp');

    type('#sign-in-totp', '123456');
    await submit();
    const totp = http.expectOne('/api/auth/login/totp');
    expect(totp.request.body).toEqual({ mfaToken: 'mfa-1', code: '123456' });
    totp.flush(authSuccess());
    await settle();
    expect(router.url).toBe('/');
  });

  it('says the credentials are wrong on 401, without saying which one', async () => {
    await open();
    type('#sign-in-email', 'hr@example.it');
    type('#sign-in-password', 'wrong');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        {
          type: 'urn:ponte:problem:invalid-credentials',
          title: 'Invalid',
          status: 401,
        },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Indirizzo e-mail o password non corretti.',
    );
    expect(router.url).toBe('/sign-in');
  });

  it('puts the API field errors next to the fields', async () => {
    await open();
    type('#sign-in-email', 'hr@example.it');
    type('#sign-in-password', 'x');
    await submit();
    http.expectOne('/api/auth/login').flush(
      {
        type: 'urn:ponte:problem:validation',
        title: 'Validation failed',
        status: 422,
        errors: [{ field: 'email', message: 'Dominio non ammesso.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(
      page.querySelector('#sign-in-email-error')?.textContent?.trim(),
    ).toBe('Dominio non ammesso.');
    expect(
      page.querySelector('#sign-in-email')?.getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('does not keep a session of an account that belongs to the other portal', async () => {
    await open();
    type('#sign-in-email', 'c@cav.it');
    type('#sign-in-password', 'secret');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(authSuccess({ ...partnerUser, role: 'counsellor' }));
    await settle();
    http.expectOne('/api/auth/logout').flush(null);
    await settle();
    expect(TestBed.inject(SessionStore).isAuthenticated()).toBe(false);
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Account dell’altro portale.',
    );
    expect(router.url).toBe('/sign-in');
  });

  it('never follows a return URL to another site', async () => {
    await open('/sign-in?returnUrl=%2F%2Fevil.example%2F');
    type('#sign-in-email', 'hr@example.it');
    type('#sign-in-password', 'secret');
    await submit();
    http.expectOne('/api/auth/login').flush(authSuccess());
    await settle();
    expect(router.url).toBe('/');
  });

  it('walks a first sign-in through TOTP enrolment and starts the session only after the recovery codes are kept', async () => {
    await open();
    type('#sign-in-email', 'hr@example.it');
    type('#sign-in-password', 'secret');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ mfaEnrolmentRequired: true, enrolmentToken: 'enrol-1' });
    await settle();
    const start = http.expectOne('/api/auth/mfa/enrolment');
    expect(start.request.body).toEqual({ enrolmentToken: 'enrol-1' });
    start.flush({
      otpauthUri: 'otpauth://totp/Ponte:hr%40example.it?secret=ABCDEFGHIJKLMNOP',
      qrCode: 'data:image/png;base64,iVBORw0KGgo=',
      secret: 'ABCDEFGHIJKLMNOP',
    });
    await settle();

    expect(page.querySelector('h1')?.textContent).toContain(
      'Attiva la verifica in due passaggi',
    );
    const qr = page.querySelector<HTMLImageElement>('img.ponte-qr');
    expect(qr?.getAttribute('alt')).toContain('Codice QR');
    expect(page.querySelector('.ponte-secret')?.textContent?.trim()).toBe(
      'ABCD EFGH IJKL MNOP',
    );

    type('#enrol-code', '654321');
    page
      .querySelector<HTMLFormElement>('ponte-totp-enrolment form')
      ?.dispatchEvent(new Event('submit'));
    await settle();
    const confirm = http.expectOne('/api/auth/mfa/enrolment/confirm');
    expect(confirm.request.body).toEqual({
      enrolmentToken: 'enrol-1',
      code: '654321',
    });
    confirm.flush({
      ...authSuccess(),
      recoveryCodes: ['aaaaa-11111', 'bbbbb-22222'],
    });
    await settle();

    expect(page.querySelector('.ponte-recovery-codes')?.textContent).toContain(
      'aaaaa-11111',
    );
    const session = TestBed.inject(SessionStore);
    expect(session.isAuthenticated()).toBe(false);

    const buttons = () =>
      Array.from(
        page.querySelectorAll<HTMLButtonElement>('ponte-totp-enrolment button'),
      );
    buttons()
      .find((b) => b.textContent?.includes('Continua'))
      ?.click();
    await settle();
    expect(page.querySelector('#enrol-saved-error')?.textContent).toContain(
      'Conferma',
    );
    expect(session.isAuthenticated()).toBe(false);

    page.querySelector<HTMLInputElement>('#enrol-saved')?.click();
    buttons()
      .find((b) => b.textContent?.includes('Continua'))
      ?.click();
    await settle();
    expect(session.user()?.id).toBe(partnerUser.id);
    expect(router.url).toBe('/');
  });

  it('explains why the user was signed out', async () => {
    await open('/sign-in?reason=idle');
    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'inattività',
    );
  });
});
