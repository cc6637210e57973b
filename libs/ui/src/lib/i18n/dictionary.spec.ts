import { defineDictionary } from './dictionary';

describe('defineDictionary', () => {
  it('keeps both languages as given', () => {
    const chunk = defineDictionary({ 'test.a': 'A it' }, { 'test.a': 'A en' });
    expect(chunk).toEqual({
      it: { 'test.a': 'A it' },
      en: { 'test.a': 'A en' },
    });
  });

  // These lines are checked by `nx run ui:typecheck` (Jest only transpiles): if English could
  // miss or add a key, the @ts-expect-error directives would be unused and fail the check.
  it('is a compile error when English misses or adds a key', () => {
    // @ts-expect-error 'test.b' is missing in English
    const missing = defineDictionary(
      { 'test.a': 'A', 'test.b': 'B' },
      { 'test.a': 'A' },
    );
    // @ts-expect-error 'test.c' does not exist in Italian
    const extra = defineDictionary(
      { 'test.a': 'A' },
      { 'test.a': 'A', 'test.c': 'C' },
    );
    expect(Object.keys(missing.en)).toEqual(['test.a']);
    expect(Object.keys(extra.it)).toEqual(['test.a']);
  });
});
