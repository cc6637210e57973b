import { isValidAtecoCode } from './ateco';
import { codiceFiscaleCheckChar, isValidCodiceFiscalePersona, isWellFormedCodiceFiscalePersona } from './codice-fiscale';
import { isValidPartitaIva, partitaIvaCheckDigit } from './partita-iva';

/**
 * The automatic checks a coordinator starts vetting from, each with WHY it passed or failed
 * (issue 21), computed the same way by the API and the network portal.
 *
 * The codice fiscale of a company is 11 digits with the partita IVA check digit, and is most
 * often the very number of its partita IVA: an organisation that gave only its partita IVA
 * has, by that, given a valid codice fiscale. A sole trader's codice fiscale is her personal
 * 16-character one (own check letter, omocodia allowed).
 */
export const VETTING_CHECKS = [
  'vatNumberValid',
  'taxCodeValid',
  'atecoFormatValid',
  'declarationPresent',
  'accreditationPresent',
  'seatComuneKnown',
] as const;
export type VettingCheck = (typeof VETTING_CHECKS)[number];

export interface VettingCheckResult {
  check: VettingCheck;
  passed: boolean;
  /** Message key suffix: `vetting.reason.<reason>`. */
  reason: string;
  params?: Record<string, string>;
}

export interface VettedFacts {
  kind: string;
  vatNumber: string | null;
  taxCode: string | null;
  atecoCode: string | null;
  antiHarassmentDeclaredAt: Date | string | null;
  accreditationNumber: string | null;
  seatComune: string | null;
}

const ok = (check: VettingCheck, reason: string, params?: Record<string, string>): VettingCheckResult => ({ check, passed: true, reason, ...(params && { params }) });
const ko = (check: VettingCheck, reason: string, params?: Record<string, string>): VettingCheckResult => ({ check, passed: false, reason, ...(params && { params }) });

function vatNumber(value: string | null): VettingCheckResult {
  if (!value) return ko('vatNumberValid', 'vatNumberMissing');
  if (!/^\d{11}$/.test(value)) return ko('vatNumberValid', 'vatNumberShape');
  if (isValidPartitaIva(value)) return ok('vatNumberValid', 'vatNumberCheckDigit');
  if (/^0+$/.test(value)) return ko('vatNumberValid', 'vatNumberZeros');
  return ko('vatNumberValid', 'vatNumberCheckDigitWrong', { expected: String(partitaIvaCheckDigit(value.slice(0, 10))), given: value[10] });
}

function taxCode(value: string | null, vat: string | null): VettingCheckResult {
  if (!value) {
    return vat && isValidPartitaIva(vat) ? ok('taxCodeValid', 'taxCodeIsVatNumber') : ko('taxCodeValid', 'taxCodeMissing');
  }
  if (/^\d{11}$/.test(value)) {
    if (isValidPartitaIva(value)) return ok('taxCodeValid', value === vat ? 'taxCodeSameAsVatNumber' : 'taxCodeCompany');
    return ko('taxCodeValid', 'taxCodeCheckDigitWrong', { expected: String(partitaIvaCheckDigit(value.slice(0, 10))), given: value[10] });
  }
  if (value.length === 16) {
    if (isValidCodiceFiscalePersona(value)) return ok('taxCodeValid', 'taxCodePerson');
    if (isWellFormedCodiceFiscalePersona(value)) {
      return ko('taxCodeValid', 'taxCodePersonCheckWrong', { expected: codiceFiscaleCheckChar(value.slice(0, 15)), given: value[15] });
    }
  }
  return ko('taxCodeValid', 'taxCodeShape');
}

/** Every check for an organisation of this kind (the accreditation only for training bodies). */
export function explainVettingChecks(o: VettedFacts, seatComuneName: string | null): VettingCheckResult[] {
  const results: VettingCheckResult[] = [
    vatNumber(o.vatNumber),
    taxCode(o.taxCode, o.vatNumber),
    !o.atecoCode ? ko('atecoFormatValid', 'atecoMissing') : isValidAtecoCode(o.atecoCode) ? ok('atecoFormatValid', 'atecoFormat') : ko('atecoFormatValid', 'atecoFormatWrong'),
    o.antiHarassmentDeclaredAt ? ok('declarationPresent', 'declarationGiven') : ko('declarationPresent', 'declarationMissing'),
  ];
  if (o.kind === 'training_body') {
    results.push(o.accreditationNumber?.trim() ? ok('accreditationPresent', 'accreditationGiven') : ko('accreditationPresent', 'accreditationMissing'));
  }
  results.push(
    !o.seatComune
      ? ko('seatComuneKnown', 'seatMissing')
      : seatComuneName
        ? ok('seatComuneKnown', 'seatKnown', { name: seatComuneName })
        : ko('seatComuneKnown', 'seatUnknown', { code: o.seatComune }),
  );
  return results;
}

/** The pass/fail of each check (accreditation passes for organisations that need none). */
export function vettingCheckFlags(results: readonly VettingCheckResult[]): Record<VettingCheck, boolean> {
  const flags = Object.fromEntries(VETTING_CHECKS.map((c) => [c, true])) as Record<VettingCheck, boolean>;
  for (const r of results) flags[r.check] = r.passed;
  return flags;
}
