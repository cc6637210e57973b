/** UI languages. Italian is the default; English is complete. */
export type Language = 'it' | 'en';
export const LANGUAGES: readonly Language[] = ['it', 'en'];
export const DEFAULT_LANGUAGE: Language = 'it';

export type Messages = Readonly<Record<string, string>>;

/**
 * One feature's messages in both languages. Keys are flat and namespaced
 * ('offers.list.title'); values may hold `{param}` placeholders.
 *
 * Declare a chunk like this, so that a key missing from (or extra in) English fails the
 * type-check:
 *
 *   const it = { 'offers.title': 'Offerte' };
 *   const en: Record<keyof typeof it, string> = { 'offers.title': 'Offers' };
 *   export const offersDictionary = defineDictionary(it, en);
 */
export interface DictionaryChunk<K extends string = string> {
  readonly it: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export function defineDictionary<K extends string>(
  it: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): DictionaryChunk<K> {
  return { it, en };
}

/** Merges chunks into one, e.g. a feature's sub-areas into the feature's dictionary. */
export function mergeDictionaries<A extends string, B extends string>(
  a: DictionaryChunk<A>,
  b: DictionaryChunk<B>,
): DictionaryChunk<A | B> {
  return {
    it: { ...a.it, ...b.it } as Record<A | B, string>,
    en: { ...a.en, ...b.en } as Record<A | B, string>,
  };
}

export function isLanguage(value: unknown): value is Language {
  return value === 'it' || value === 'en';
}
