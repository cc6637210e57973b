// ESCO's language skills ("Italian", "speak Italian", "understand written Italian", ...) name a
// language that a profile records as { code, cefr } instead: a woman with Italiano B1 holds them.
// This file maps the English preferred labels of ESCO's languageSkillsCollection to ISO codes.

/** ISO 639-1 code of each language ESCO has skills for (639-2/3 where 639-1 has none). */
const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  Albanian: 'sq', Arabic: 'ar', Armenian: 'hy', Azerbaijani: 'az', Basque: 'eu', Belarusian: 'be',
  Bengali: 'bn', Berber: 'ber', Bihari: 'bh', Bosnian: 'bs', Bulgarian: 'bg', Catalan: 'ca',
  Chinese: 'zh', Croatian: 'hr', Czech: 'cs', Danish: 'da', Dutch: 'nl', English: 'en',
  Estonian: 'et', Finnish: 'fi', French: 'fr', Galician: 'gl', Georgian: 'ka', German: 'de',
  Greek: 'el', Gujarati: 'gu', Hebrew: 'he', Hindi: 'hi', Hungarian: 'hu', Icelandic: 'is',
  Irish: 'ga', Italian: 'it', Japanese: 'ja', Javanese: 'jv', Kazakh: 'kk', Korean: 'ko',
  Kurdish: 'ku', Latvian: 'lv', Limburgish: 'li', Lithuanian: 'lt', Macedonian: 'mk', Malay: 'ms',
  Maltese: 'mt', Marathi: 'mr', Montenegrin: 'cnr', Norwegian: 'no', Occitan: 'oc', Persian: 'fa',
  Polish: 'pl', Portuguese: 'pt', Punjabi: 'pa', Romani: 'rom', Romanian: 'ro', Russian: 'ru',
  Sanskrit: 'sa', Sardinian: 'sc', Serbian: 'sr', Slovak: 'sk', Slovenian: 'sl', Spanish: 'es',
  Swedish: 'sv', Tamil: 'ta', Telugu: 'te', Turkish: 'tr', Ukrainian: 'uk', Urdu: 'ur',
  Vietnamese: 'vi', Walloon: 'wa', Welsh: 'cy', Yiddish: 'yi',
};

const LANGUAGE_SKILL_LABEL =
  /^(?:speak |write |understand written |understand spoken |interact verbally in )?([A-Z][a-z]+)$/;

/** The language code a language skill's English preferred label names, or null. */
export function languageOfSkillLabel(label: string): string | null {
  const m = LANGUAGE_SKILL_LABEL.exec(label.trim());
  return m ? (LANGUAGE_CODES[m[1]] ?? null) : null;
}

export interface LanguageSkillRow {
  skillUri: string;
  /** ISO code of the language, as in a profile's languages. */
  language: string;
}

/** Language skill rows from (uri, English preferred label) pairs; other labels are skipped. */
export function languageSkillRows(labels: Iterable<{ uri: string; label: string }>): LanguageSkillRow[] {
  const rows: LanguageSkillRow[] = [];
  for (const { uri, label } of labels) {
    const language = languageOfSkillLabel(label);
    if (language !== null) rows.push({ skillUri: uri, language });
  }
  return rows;
}
