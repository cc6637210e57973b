import { explainVettingChecks, vettingCheckFlags, type VettedFacts } from './vetting-checks';

const company: VettedFacts = {
  kind: 'company',
  vatNumber: '00743110157',
  taxCode: null as string | null,
  atecoCode: '62.01',
  antiHarassmentDeclaredAt: '2026-01-10T10:00:00Z',
  accreditationNumber: null,
  seatComune: '015146',
};
const result = (o: VettedFacts, check: string) => explainVettingChecks(o, 'Milano').find((r) => r.check === check);

describe('vetting checks, each with its reason', () => {
  it('counts a valid partita IVA as the company\'s codice fiscale when no other was given (no red cross)', () => {
    expect(result(company, 'vatNumberValid')).toEqual({ check: 'vatNumberValid', passed: true, reason: 'vatNumberCheckDigit' });
    expect(result(company, 'taxCodeValid')).toEqual({ check: 'taxCodeValid', passed: true, reason: 'taxCodeIsVatNumber' });
    expect(result({ ...company, taxCode: '00743110157' }, 'taxCodeValid')).toMatchObject({ passed: true, reason: 'taxCodeSameAsVatNumber' });
    // An 11-digit codice fiscale other than the partita IVA (e.g. an association's) with a valid check digit.
    expect(result({ ...company, taxCode: '01234567897' }, 'taxCodeValid')).toMatchObject({ passed: true, reason: 'taxCodeCompany' });
  });

  it('says which check digit was expected when it is wrong', () => {
    expect(result({ ...company, vatNumber: '00743110150' }, 'vatNumberValid')).toEqual({
      check: 'vatNumberValid',
      passed: false,
      reason: 'vatNumberCheckDigitWrong',
      params: { expected: '7', given: '0' },
    });
    // No valid partita IVA, no codice fiscale: nothing stands for it.
    expect(result({ ...company, vatNumber: '00743110150' }, 'taxCodeValid')).toMatchObject({ passed: false, reason: 'taxCodeMissing' });
    expect(result({ ...company, taxCode: '00743110150' }, 'taxCodeValid')).toMatchObject({ passed: false, reason: 'taxCodeCheckDigitWrong', params: { expected: '7' } });
  });

  it('accepts a sole trader\'s personal codice fiscale and explains a wrong check letter', () => {
    expect(result({ ...company, vatNumber: null, taxCode: 'RSSMRA85T10A562S' }, 'taxCodeValid')).toMatchObject({ passed: true, reason: 'taxCodePerson' });
    expect(result({ ...company, taxCode: 'RSSMRA85T10A562T' }, 'taxCodeValid')).toMatchObject({ passed: false, reason: 'taxCodePersonCheckWrong', params: { expected: 'S', given: 'T' } });
    expect(result({ ...company, taxCode: 'ABC' }, 'taxCodeValid')).toMatchObject({ passed: false, reason: 'taxCodeShape' });
  });

  it('names the seat comune, asks the accreditation of training bodies only, and flags every check', () => {
    expect(result(company, 'seatComuneKnown')).toMatchObject({ passed: true, params: { name: 'Milano' } });
    expect(explainVettingChecks(company, null).find((r) => r.check === 'seatComuneKnown')).toMatchObject({ passed: false, reason: 'seatUnknown', params: { code: '015146' } });
    expect(explainVettingChecks(company, 'Milano').map((r) => r.check)).not.toContain('accreditationPresent');
    const school = explainVettingChecks({ ...company, kind: 'training_body', atecoCode: null, antiHarassmentDeclaredAt: null }, 'Milano');
    expect(vettingCheckFlags(school)).toEqual({
      vatNumberValid: true,
      taxCodeValid: true,
      atecoFormatValid: false,
      declarationPresent: false,
      accreditationPresent: false,
      seatComuneKnown: true,
    });
  });
});
