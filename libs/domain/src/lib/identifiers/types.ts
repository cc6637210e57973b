export const IDENTIFIER_KINDS = [
  'person_name',
  'email',
  'phone',
  'codice_fiscale',
  'iban',
  'street_address',
  'date_of_birth',
  'social_handle',
  'document_number',
  'licence_plate',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** A span of the scanned text, in UTF-16 code units as JavaScript strings index them. */
export interface IdentifierFinding {
  kind: IdentifierKind;
  start: number;
  end: number;
}

export interface DetectorOptions {
  /** Year used to decide whether a bare date can be a birth date (default: the current year). */
  referenceYear?: number;
}
