import { CANDIDATE_CODE_PATTERN, generateCandidateCode, isCandidateCode } from './candidate-code';
import { isPseudonymCode, PSEUDONYM_CODE_PATTERN } from './pseudonym';

describe('candidate codes', () => {
  it('are well formed, carry a check character, and are never taken for a pseudonym code', () => {
    const codes = Array.from({ length: 2000 }, () => generateCandidateCode());
    for (const code of codes) {
      expect(code).toMatch(CANDIDATE_CODE_PATTERN);
      expect(isCandidateCode(code)).toBe(true);
      expect(code).not.toMatch(PSEUDONYM_CODE_PATTERN);
      expect(isPseudonymCode(code)).toBe(false);
    }
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it('refuses a mistyped character', () => {
    const code = generateCandidateCode();
    const wrong = `${code.slice(0, 2)}${code[2] === '2' ? '3' : '2'}${code.slice(3)}`;
    expect(isCandidateCode(wrong)).toBe(false);
    expect(isCandidateCode('MI-7QX4-92KF-HD3')).toBe(false);
  });
});
