import { italianStem } from './italian-stemmer';

/**
 * How labels and queries are cut into words for concept search: lower case, accents and
 * apostrophes dropped ("all’assistenza" → "all assistenza"), hyphenated words also joined
 * ("socio-sanitario" → socio, sanitario, sociosanitario), function words left out.
 */

/** Words that never decide a match: Italian articles, prepositions (simple and articulated), conjunctions; English ones. */
const STOPWORDS = new Set(
  (
    'a ad al allo alla ai agli alle all che col coi con da dal dallo dalla dai dagli dalle dall de del dello della dei degli delle dell ' +
    'di e ed gli i il in l la le lo ne nel nello nella nei negli nelle nell o od per su sul sullo sulla sui sugli sulle sull tra fra ' +
    'un uno una d s ' +
    'an and as at by for from of on or the to with'
  ).split(' '),
);

export const isStopword = (word: string) => STOPWORDS.has(word);

/**
 * The boilerplate of official classification titles ("Personale non qualificato ...", "Altre
 * professioni ... non classificate altrove", "... e professioni assimilate"): rare in ESCO's
 * own labels, so they would look telling, but they say nothing about the job.
 */
const BOILERPLATE_ROOTS = new Set(['non', 'altr', 'altrov', 'classificat', 'assimilat', 'profession', 'personal', 'qualificat', 'var']);

export const isBoilerplate = (word: string) => BOILERPLATE_ROOTS.has(inflectionRoot(word, 'it'));

/** Lower case without diacritics; every character that is not a letter or digit becomes a space (hyphens kept). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

export interface Tokens {
  /** The words, in order, function words included (coverage ignores them). */
  words: string[];
  /** Hyphenated words joined: "sociosanitario" for "socio-sanitario". */
  joined: string[];
}

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const joined: string[] = [];
  for (const chunk of normalizeText(text).split(/\s+/)) {
    const parts = chunk.split('-').filter(Boolean);
    words.push(...parts);
    if (parts.length > 1) joined.push(parts.join(''));
  }
  return { words, joined };
}

/**
 * Gender and number of an Italian or English word, undone: "cuoca", "cuochi", "cuoco" → "cuoc";
 * "operatrice" → "operatore" → "operator"; "magazziniera" → "magazzinier"; "cooks" → "cook".
 * Lighter than a stemmer (which also merges "assistente" with "assistenza", and splits
 * "magazziniere" from "magazziniera"), so it counts as a closer match.
 */
export function inflectionRoot(word: string, language: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  if (language === 'en') return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (language !== 'it') return word;
  let root = word.replace(/tric[ei]$/, 'tore');
  root = root.replace(/[aeio]$/, '');
  // -co/-chi, -go/-ghi: the plural's h is spelling only.
  if (/[cg]h$/.test(root)) root = root.slice(0, -1);
  // -io/-ia nouns: operaio/operai, antincendio/antincendi, pulizia/pulizie
  if (root.endsWith('i') && root.length > 4) root = root.slice(0, -1);
  return root;
}

/**
 * A word's stem, which also joins derived words ("assistenza" ~ "assistente", "cucinare" ~
 * "cucina", "igienista" ~ "igiene"): Snowball for Italian; for English the common job-title
 * endings ("cleaning", "cleaner" ~ "clean"); other languages only by inflection.
 */
export function stem(word: string, language: string): string {
  if (language === 'it') return italianStem(word);
  if (language === 'en' && word.length > 5) return word.replace(/(ings?|ers?|ed|s)$/, '');
  return inflectionRoot(word, language);
}

/**
 * Optimal string alignment distance (a swap of neighbours counts as one edit) between `a` and
 * the first `bLength` letters of `b`, stopping early past `max`.
 */
export function editDistance(a: string, b: string, max = Infinity, bLength = b.length): number {
  if (Math.abs(a.length - bLength) > max) return max + 1;
  if (rowBuffers[0].length <= bLength) rowBuffers = [0, 1, 2].map(() => new Int32Array(bLength + 1)) as typeof rowBuffers;
  let [previous2, previous, current] = rowBuffers;
  for (let j = 0; j <= bLength; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= bLength; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[bLength];
}

/** Reused rows of editDistance (three: the swap looks two rows back). */
let rowBuffers: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edits tolerated in a typed word: none under 4 letters, one, two from 8 letters. */
export const typoBudget = (word: string) => (word.length < 4 ? 0 : word.length >= 8 ? 2 : 1);
