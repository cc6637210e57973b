/** Minimum word similarity (pg_trgm) for a typo match: one wrong letter in a 6-8 letter word scores ~0.5. */
export const FUZZY_THRESHOLD = 0.45;
/** Typo candidates fetched by trigram similarity before re-ranking by edit distance. */
export const FUZZY_CANDIDATES = 60;
/** Typo tolerance needs enough trigrams to be meaningful. */
export const FUZZY_MIN_LENGTH = 4;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** LIKE patterns for an already normalised (lower-case, unaccented) query. */
export interface SearchPatterns {
  text: string;
  prefix: string;
  wordPrefix: string;
  /** One `%word%` per word: every word must occur somewhere in the label. */
  contains: string[];
}

export function searchPatterns(normalized: string): SearchPatterns {
  const text = normalized.replace(/\s+/g, ' ').trim();
  const words = [...new Set(text.split(' ').filter(Boolean))];
  return {
    text,
    prefix: `${escapeLike(text)}%`,
    wordPrefix: `% ${escapeLike(text)}%`,
    contains: words.map((w) => `%${escapeLike(w)}%`),
  };
}

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/**
 * How many edits separate the query from the closest run of as many words in the label:
 * "weldnig" is 1 from "welding" (a swap) but 3 from "weld", which trigram similarity prefers.
 */
export function typoDistance(query: string, label: string): number {
  const q = query.split(' ').filter(Boolean);
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length <= q.length) return editDistance(query, words.join(' '));
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + q.length <= words.length; i++) best = Math.min(best, editDistance(query, words.slice(i, i + q.length).join(' ')));
  return best;
}
