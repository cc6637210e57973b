import { fold } from './tokens';

/**
 * Numbers written in words, so that a phone number or a birth date spelled out is read as
 * digits: Italian cardinals from zero to 9999 as one word ("tre", "ventitré", "trecentotrentatré",
 * "millenovecentottantacinque", "duemilaquindici"), "primo" (the first day of a month), and the
 * English digits zero to nine. The articles "un" and "una" are not numbers here.
 */

const UNITS: Record<string, number> = { uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9 };
const TEENS: Record<string, number> = {
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quattordici: 14,
  quindici: 15,
  sedici: 16,
  diciassette: 17,
  diciotto: 18,
  diciannove: 19,
};
const TENS: Record<string, number> = { venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90 };
const ENGLISH: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** 1-99 written as one word, e.g. "ventitre", "trentuno" (the tens drop their vowel before uno and otto). */
function belowHundred(s: string): number | undefined {
  if (s in UNITS) return UNITS[s];
  if (s in TEENS) return TEENS[s];
  for (const [word, value] of Object.entries(TENS)) {
    if (s === word) return value;
    for (const stem of [word, word.slice(0, -1)]) {
      if (!s.startsWith(stem)) continue;
      const unit = UNITS[s.slice(stem.length)];
      // The vowel drops exactly before the vowels of uno and otto ("ventuno", not "ventiuno"; both are written).
      if (unit !== undefined) return value + unit;
    }
  }
  return undefined;
}

/** 1-999: "cento", "trecento", "centotto", "novecentottantacinque". */
function belowThousand(s: string): number | undefined {
  const at = s.indexOf('cent');
  if (at < 0) return belowHundred(s);
  const hundreds = at === 0 ? 1 : UNITS[s.slice(0, at)];
  if (hundreds === undefined || hundreds === 1 && at > 0) return undefined;
  const rest = s.slice(at + 4);
  if (rest === 'o') return hundreds * 100;
  // "cento" + rest, or "cent" + a rest starting with o ("centottanta", "centotto").
  const tail = rest.startsWith('o') ? (belowHundred(rest.slice(1)) ?? belowHundred(rest)) : undefined;
  return tail === undefined ? undefined : hundreds * 100 + tail;
}

/** 1-9999: "mille…", "duemila…". */
function italianCardinal(s: string): number | undefined {
  if (s.startsWith('mille')) {
    const rest = s.slice(5);
    if (!rest) return 1000;
    const tail = belowThousand(rest);
    return tail === undefined ? undefined : 1000 + tail;
  }
  const at = s.indexOf('mila');
  if (at > 0) {
    const thousands = belowHundred(s.slice(0, at));
    if (thousands === undefined || thousands < 2 || thousands > 9) return undefined;
    const rest = s.slice(at + 4);
    if (!rest) return thousands * 1000;
    const tail = belowThousand(rest);
    return tail === undefined ? undefined : thousands * 1000 + tail;
  }
  return belowThousand(s);
}

/** The value of a number word, or undefined for any other word. */
export function numberWordValue(word: string): number | undefined {
  const s = fold(word);
  if (s === 'zero') return 0;
  if (s === 'primo') return 1;
  if (s in ENGLISH) return ENGLISH[s];
  return italianCardinal(s);
}
