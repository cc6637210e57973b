import { AbstractControl, FormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import {
  isValidAtecoCode,
  isValidCodiceFiscaleOrganisation,
  isValidItalianPhone,
  isValidPartitaIva,
  normaliseCodiceFiscale,
  normalisePartitaIva,
  type OrganisationKind,
} from '@ponte/domain';
import { PASSWORD_MIN_LENGTH } from '@ponte/ui';

/** Validators that reuse the API's own rules (@ponte/domain), so the form agrees with it. */
export const partitaIva: ValidatorFn = (control) =>
  !control.value?.trim() || isValidPartitaIva(normalisePartitaIva(control.value))
    ? null
    : { partitaIva: { messageKey: 'registration.error.partitaIva' } };

export const codiceFiscaleOrganisation: ValidatorFn = (control) =>
  !control.value?.trim() || isValidCodiceFiscaleOrganisation(normaliseCodiceFiscale(control.value))
    ? null
    : { codiceFiscale: { messageKey: 'registration.error.codiceFiscale' } };

export const atecoCode: ValidatorFn = (control) =>
  !control.value?.trim() || isValidAtecoCode(control.value.trim())
    ? null
    : { ateco: { messageKey: 'registration.error.ateco' } };

export const italianPhone: ValidatorFn = (control) =>
  !control.value?.trim() || isValidItalianPhone(control.value.trim())
    ? null
    : { phone: { messageKey: 'registration.error.phone' } };

/** The password may not contain the administrator's e-mail (nor its local part), as the API checks. */
export function passwordWithoutEmail(emailPath: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const email = String(control.root.get(emailPath)?.value ?? '').trim().toLowerCase();
    const password = String(control.value ?? '').toLowerCase();
    const local = email.split('@')[0] ?? '';
    if (!password || !email) return null;
    return password.includes(email) || (local.length >= 3 && password.includes(local))
      ? { containsEmail: { messageKey: 'registration.error.passwordEmail' } }
      : null;
  };
}

/** One of partita IVA and codice fiscale is needed (unions may have only the latter). */
export const identityRequired: ValidatorFn = (group) => {
  const vat = group.get('vatNumber')?.value?.trim();
  const tax = group.get('taxCode')?.value?.trim();
  return vat || tax ? null : { identityRequired: true };
};

export function buildRegistrationForm(fb: FormBuilder) {
  return fb.nonNullable.group(
    {
      kind: fb.nonNullable.control<OrganisationKind | ''>('', Validators.required),
      legalName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
      vatNumber: ['', [Validators.maxLength(16), partitaIva]],
      taxCode: ['', [Validators.maxLength(16), codiceFiscaleOrganisation]],
      atecoCode: ['', [Validators.required, Validators.maxLength(10), atecoCode]],
      seatComune: fb.control<string | null>(null, Validators.required),
      accreditationNumber: ['', [Validators.maxLength(60)]],
      contact: fb.nonNullable.group({
        name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
        email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
        phone: ['', [Validators.maxLength(30), italianPhone]],
      }),
      antiHarassmentDeclaration: [false, Validators.requiredTrue],
      admin: fb.nonNullable.group({
        displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
        email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
        password: [
          '',
          [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(256), passwordWithoutEmail('admin.email')],
        ],
      }),
    },
    { validators: [identityRequired] },
  );
}

export type RegistrationForm = ReturnType<typeof buildRegistrationForm>;

/** The body of POST /api/organisations/registrations. */
export function registrationBody(form: RegistrationForm, language: 'it' | 'en') {
  const v = form.getRawValue();
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  return {
    kind: v.kind,
    legalName: v.legalName.trim(),
    vatNumber: optional(v.vatNumber),
    taxCode: optional(v.taxCode),
    atecoCode: v.atecoCode.trim(),
    seatComune: v.seatComune,
    accreditationNumber: v.kind === 'training_body' ? optional(v.accreditationNumber) : undefined,
    contact: { name: v.contact.name.trim(), email: v.contact.email.trim(), phone: optional(v.contact.phone) },
    antiHarassmentDeclaration: v.antiHarassmentDeclaration,
    admin: { displayName: v.admin.displayName.trim(), email: v.admin.email.trim(), password: v.admin.password },
    language,
  };
}
