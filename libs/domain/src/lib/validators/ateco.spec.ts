import { isValidAtecoCode } from './ateco';

describe('isValidAtecoCode', () => {
  it('accepts class, category and subcategory codes', () => {
    for (const c of [
      '62.01',
      '62.01.0',
      '62.01.00',
      '01.11',
      '88.10.00',
      '96.09.09',
    ]) {
      expect([c, isValidAtecoCode(c)]).toEqual([c, true]);
    }
  });

  it('refuses divisions alone, division 00, missing dots and extra parts', () => {
    for (const c of [
      '62',
      '62.0',
      '00.11',
      '6201',
      '62-01',
      '62.01.000',
      '62.01.00.1',
      'J62.01',
      ' 62.01',
      '',
    ]) {
      expect([c, isValidAtecoCode(c)]).toEqual([c, false]);
    }
  });
});
