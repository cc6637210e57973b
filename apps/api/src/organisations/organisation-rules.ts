import {
  isValidAtecoCode,
  isValidCodiceFiscaleOrganisation,
  isValidItalianPhone,
  isValidPartitaIva,
  normaliseCodiceFiscale,
  normalisePartitaIva,
  type OrganisationKind,
} from '@ponte/domain';
import type { FieldProblem } from '../common/problem/problem';

export interface OrganisationIdentityInput {
  kind: OrganisationKind;
  vatNumber?: string | null;
  taxCode?: string | null;
  atecoCode?: string | null;
  accreditationNumber?: string | null;
  contactPhone?: string | null;
  antiHarassmentDeclaration: boolean;
}

export interface NormalisedIdentity {
  vatNumber: string | null;
  taxCode: string | null;
  accreditationNumber: string | null;
}

export const normaliseIdentity = (input: Pick<OrganisationIdentityInput, 'vatNumber' | 'taxCode' | 'accreditationNumber'>): NormalisedIdentity => ({
  vatNumber: input.vatNumber?.trim() ? normalisePartitaIva(input.vatNumber) : null,
  taxCode: input.taxCode?.trim() ? normaliseCodiceFiscale(input.taxCode) : null,
  accreditationNumber: input.accreditationNumber?.trim() || null,
});

/** Rules on the fields a partner may edit; only the fields present are checked. */
export function editableFieldProblems(
  kind: OrganisationKind,
  fields: { atecoCode?: string | null; accreditationNumber?: string | null; contactPhone?: string | null },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.atecoCode !== undefined && !isValidAtecoCode(fields.atecoCode ?? '')) problems.push({ field: 'atecoCode', code: 'atecoInvalid' });
  if (kind === 'training_body' && fields.accreditationNumber !== undefined && !fields.accreditationNumber?.trim()) {
    problems.push({ field: 'accreditationNumber', code: 'accreditationRequired' });
  }
  if (fields.contactPhone && !isValidItalianPhone(fields.contactPhone)) problems.push({ field: 'contact.phone', code: 'phoneInvalid' });
  return problems;
}

/** Registration rules that need no database, as field problems (JSON paths of the registration body). */
export function organisationIdentityProblems(input: OrganisationIdentityInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { vatNumber, taxCode } = normaliseIdentity(input);
  if (!vatNumber && !taxCode) problems.push({ field: 'vatNumber', code: 'vatNumberOrTaxCodeRequired' });
  if (vatNumber && !isValidPartitaIva(vatNumber)) problems.push({ field: 'vatNumber', code: 'partitaIvaInvalid' });
  if (taxCode && !isValidCodiceFiscaleOrganisation(taxCode)) problems.push({ field: 'taxCode', code: 'codiceFiscaleOrganisationInvalid' });
  problems.push(
    ...editableFieldProblems(input.kind, { atecoCode: input.atecoCode ?? null, accreditationNumber: input.accreditationNumber ?? null, contactPhone: input.contactPhone }),
  );
  if (input.antiHarassmentDeclaration !== true) problems.push({ field: 'antiHarassmentDeclaration', code: 'declarationRequired' });
  return problems;
}
