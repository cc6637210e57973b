import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PARTNER_ROLES } from '@ponte/domain';
import { providePonteHttp, providePortalConfig, provideTranslations } from '@ponte/ui';
import { partnerDictionary } from '../i18n/partner.i18n';
import { RegistrationPage } from './registration.page';
import { buildRegistrationForm, registrationBody } from './registration.form';
import { registrationDictionary } from './registration.i18n';

@Component({ template: 'done' })
class Done {}

/** A partita IVA with a correct check digit, and the same with a wrong one. */
const VALID_VAT = '01234567897';
const WRONG_VAT = '01234567890';

describe('organisation registration', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'register', component: RegistrationPage },
          { path: 'register/done', component: Done },
        ]),
        providePonteHttp(),
        provideHttpClientTesting(),
        provideTranslations(partnerDictionary, registrationDictionary),
        providePortalConfig({
          titleKey: 'partner.title',
          taglineKey: 'partner.tagline',
          audienceKey: 'partner.audience',
          wrongPortalKey: 'partner.wrongPortal',
          roles: PARTNER_ROLES,
        }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  describe('form rules (the API’s, from @ponte/domain)', () => {
    const form = () => buildRegistrationForm(TestBed.inject(FormBuilder));

    it('checks the partita IVA and the codice fiscale digit by digit', () => {
      const f = form();
      f.controls.vatNumber.setValue(WRONG_VAT);
      expect(f.controls.vatNumber.errors).toEqual({ partitaIva: { messageKey: 'registration.error.partitaIva' } });
      f.controls.vatNumber.setValue(`IT${VALID_VAT}`);
      expect(f.controls.vatNumber.errors).toBeNull();
      f.controls.taxCode.setValue('12345');
      expect(f.controls.taxCode.hasError('codiceFiscale')).toBe(true);
    });

    it('needs one of partita IVA and codice fiscale, a well-formed ATECO code and the declaration', () => {
      const f = form();
      expect(f.hasError('identityRequired')).toBe(true);
      f.controls.taxCode.setValue(VALID_VAT);
      expect(f.hasError('identityRequired')).toBe(false);
      f.controls.atecoCode.setValue('6201');
      expect(f.controls.atecoCode.hasError('ateco')).toBe(true);
      f.controls.atecoCode.setValue('62.01');
      expect(f.controls.atecoCode.errors).toBeNull();
      expect(f.controls.antiHarassmentDeclaration.hasError('required')).toBe(true);
    });

    it('refuses a password that contains the administrator’s e-mail, as the API does', () => {
      const f = form();
      f.controls.admin.controls.email.setValue('marta@acme.it');
      f.controls.admin.controls.password.setValue('marta-password-2026');
      expect(f.controls.admin.controls.password.hasError('containsEmail')).toBe(true);
    });

    it('sends trimmed values and leaves out what is empty', () => {
      const f = form();
      f.patchValue({
        kind: 'company',
        legalName: ' Acme S.r.l. ',
        vatNumber: VALID_VAT,
        atecoCode: '62.01',
        seatComune: '015146',
        accreditationNumber: 'ignored for companies',
        contact: { name: 'Anna', email: 'hr@acme.it', phone: '' },
        antiHarassmentDeclaration: true,
        admin: { displayName: 'Marta', email: 'admin@acme.it', password: 'una frase lunga' },
      });
      expect(registrationBody(f, 'en')).toEqual({
        kind: 'company',
        legalName: 'Acme S.r.l.',
        vatNumber: VALID_VAT,
        taxCode: undefined,
        atecoCode: '62.01',
        seatComune: '015146',
        accreditationNumber: undefined,
        contact: { name: 'Anna', email: 'hr@acme.it', phone: undefined },
        antiHarassmentDeclaration: true,
        admin: { displayName: 'Marta', email: 'admin@acme.it', password: 'una frase lunga' },
        language: 'en',
      });
    });
  });

  describe('page', () => {
    function input(page: HTMLElement, id: string, value: string): void {
      const el = page.querySelector<HTMLInputElement>(`#${id}`)!;
      el.value = value;
      el.dispatchEvent(new Event('input'));
      el.dispatchEvent(new Event('blur'));
    }

    function click(page: HTMLElement, id: string): void {
      page.querySelector<HTMLInputElement>(`#${id}`)!.click();
    }

    it('flags a wrong partita IVA as soon as the field is left, linked to it for screen readers', async () => {
      const harness = await RouterTestingHarness.create('/register');
      const page = harness.routeNativeElement!;
      input(page, 'reg-vat', WRONG_VAT);
      await harness.fixture.whenStable();
      expect(page.querySelector('#reg-vat-error')?.textContent).toContain('Partita IVA non valida');
      expect(page.querySelector('#reg-vat')?.getAttribute('aria-invalid')).toBe('true');
      expect(page.querySelector('#reg-vat')?.getAttribute('aria-describedby')).toBe('reg-identity-hint reg-vat-error');
    });

    it('asks training bodies for their accreditation number', async () => {
      const harness = await RouterTestingHarness.create('/register');
      const page = harness.routeNativeElement!;
      expect(page.querySelector('#reg-accreditation')).toBeNull();
      click(page, 'reg-kind-training_body');
      await harness.fixture.whenStable();
      expect(page.querySelector('#reg-accreditation')).not.toBeNull();
      page.querySelector('form')!.dispatchEvent(new Event('submit'));
      await harness.fixture.whenStable();
      expect(page.querySelector('#reg-accreditation-error')?.textContent).toContain('obbligatorio');
      expect(page.querySelector('[role="alert"]')?.textContent).toContain('Alcuni campi non sono validi');
      http.expectNone('/api/organisations/registrations');
    });

    it('registers, shows the API’s field errors next to the fields, and then goes to the pending page', async () => {
      const harness = await RouterTestingHarness.create('/register');
      const page = harness.routeNativeElement!;
      click(page, 'reg-kind-company');
      input(page, 'reg-legal-name', 'Acme Servizi S.r.l.');
      input(page, 'reg-vat', VALID_VAT);
      input(page, 'reg-ateco', '62.01');
      input(page, 'reg-contact-name', 'Anna Ferri');
      input(page, 'reg-contact-email', 'hr@acme.it');
      click(page, 'reg-declaration');
      input(page, 'reg-admin-name', 'Marta Colombo');
      input(page, 'reg-admin-email', 'admin@acme.it');
      input(page, 'reg-admin-password', 'una frase lunga e sicura');

      // The comune comes from the list shipped with the portal (no session yet).
      input(page, 'reg-seat', 'Mil');
      await new Promise((resolve) => setTimeout(resolve, 250));
      http.expectOne('/data/comuni.json').flush([
        { istatCode: '015146', name: 'Milano' },
        { istatCode: '015002', name: 'Abbiategrasso' },
      ]);
      await harness.fixture.whenStable();
      page.querySelector<HTMLElement>('[role="option"]')!.click();
      await harness.fixture.whenStable();

      page.querySelector('form')!.dispatchEvent(new Event('submit'));
      const first = http.expectOne('/api/organisations/registrations');
      expect(first.request.body).toMatchObject({ kind: 'company', vatNumber: VALID_VAT, seatComune: '015146', language: 'it' });
      first.flush(
        {
          type: 'urn:ponte:problem:validation',
          title: 'Dati non validi',
          status: 422,
          errors: [{ field: 'admin.email', message: 'Esiste già un account con questo indirizzo.' }],
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await harness.fixture.whenStable();
      expect(page.querySelector('#reg-admin-email-error')?.textContent).toContain('Esiste già un account');

      input(page, 'reg-admin-email', 'marta@acme.it');
      page.querySelector('form')!.dispatchEvent(new Event('submit'));
      http.expectOne('/api/organisations/registrations').flush({ organisationId: 'o-1', status: 'pending', adminUserId: 'u-1' });
      await harness.fixture.whenStable();
      expect(TestBed.inject(Router).url).toBe('/register/done');
    });
  });
});
