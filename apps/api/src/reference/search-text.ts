/** Minimum word similarity (pg_trgm) for a comune typo: one wrong letter in a 6-8 letter word scores ~0.5. */
export const FUZZY_THRESHOLD = 0.45;
/**
 * Trigram similarity for a known word to be a candidate correction ("weldnig" ~ "welding" is
 * 0.33). A swap near the start of a short word ("aobut" ~ "about": 0.2) is found by its letters.
 */
export const WORD_SIMILARITY = 0.3;
/** Candidate words checked by edit distance per typed word. */
export const WORD_CANDIDATES = 50;

/** A word's letters in code-point order, as esco_label_words.letters (COLLATE "C"). */
export const sortedLetters = (word: string) => [...word].sort().join('');
/** Typo tolerance needs enough trigrams to be meaningful. */
export const FUZZY_MIN_LENGTH = 4;

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

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

export interface Correction {
  word: string;
  edits: number;
}

/** Edits allowed for a word: one typo, two for long words (a swap counts as one). */
export const maxEdits = (word: string) => (word.length >= 9 ? 2 : 1);

/**
 * The known words nearest to a typed one (fewest edits, at most maxEdits; ties keep the given
 * order), best first; the word itself when it is known or nothing is near enough. A prefix of a known word counts as
 * known: the user is still typing it.
 */
export function closestWords(typed: string, known: string[], keep = 3): Correction[] {
  if (known.some((w) => w.startsWith(typed))) return [{ word: typed, edits: 0 }];
  const near = known
    .map((word, rank) => ({ word, rank, edits: Math.min(editDistance(typed, word), editDistance(typed, word.slice(0, typed.length))) }))
    .filter((c) => c.edits <= maxEdits(typed))
    .sort((a, b) => a.edits - b.edits || a.rank - b.rank);
  return near.length > 0 ? near.slice(0, keep).map(({ word, edits }) => ({ word, edits })) : [{ word: typed, edits: 0 }];
}

/**
 * The spellings to try, best first: every word at its best correction, then the runner-up
 * corrections of each word in turn. Unchanged queries yield nothing (no typo to fix).
 */
export function spellings(corrections: Correction[][]): string[][] {
  if (corrections.every((c) => c[0].edits === 0)) return [];
  const best = corrections.map((c) => c[0].word);
  const variants = [best];
  corrections.forEach((options, i) => {
    for (const option of options.slice(1)) variants.push(best.map((w, j) => (j === i ? option.word : w)));
  });
  return variants;
}
