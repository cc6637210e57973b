import { editDistance, inflectionRoot, isBoilerplate, isStopword, normalizeText, stem, tokenize, typoBudget } from './text-analysis';

/** Where a label comes from: the concept's own ESCO labels, its ISCO group's, or Ponte's everyday names. */
export type LabelSource = 'preferred' | 'alternative' | 'everyday' | 'group';
export type HitMatch = 'exact' | 'prefix' | 'word' | 'contains' | 'fuzzy';

export interface IndexLabel {
  uri: string;
  language: string;
  label: string;
  source: LabelSource;
}

export interface IndexConcept {
  uri: string;
  code: string | null;
  iscoGroup: string | null;
  /** How common it is where Ponte places people, in [0, 1]. */
  prior: number;
}

export interface IndexInput {
  concepts: IndexConcept[];
  labels: IndexLabel[];
}

export interface SearchOptions {
  /** The user's language first, then the fallbacks (English). */
  languages: string[];
  limit: number;
  /** Labels to leave out: the evaluation holds out a label to query with it. */
  ignore?: (uri: string, label: string) => boolean;
}

export interface ConceptHit {
  concept: IndexConcept;
  score: number;
  /** The concept's preferred label in the first of the languages that has one, else in any. */
  label: string;
  labelLanguage: string;
  /** The label that matched best (an everyday name or the ISCO group's label included). */
  matchedLabel: string;
  match: HitMatch;
}

/** How close a label's word is to a typed one. */
const QUALITY = { exact: 1, inflection: 0.95, joined: 0.95, stem: 0.85, prefix: 0.8, typo: 0.7, typo2: 0.6 };
/** Labels other than the concept's own official ones count a little less; a group's label much less. */
const SOURCE_FACTOR: Record<LabelSource, number> = { preferred: 1, alternative: 0.98, everyday: 0.97, group: 0.85 };
/** A label in a fallback language (English for an Italian user). */
const FALLBACK_LANGUAGE_FACTOR = 0.9;
/** Query coverage weighs four times the label's: what she typed matters most, then a concise label. */
const QUERY_COVERAGE = 0.8;
/** The prior separates comparable matches only: a tenth of the score at most. */
const PRIOR_WEIGHT = 0.1;
/** What a boilerplate word of official titles ("personale non qualificato") weighs, against its rarity. */
const BOILERPLATE_WEIGHT = 0.2;
/** Words of a query past these are ignored (a title, not a text). */
const MAX_QUERY_WORDS = 8;
/** A label matching less of the query (by word weight) is not a suggestion. */
const MIN_QUERY_COVERAGE = 0.3;

interface Label {
  concept: number;
  language: string;
  text: string;
  normalized: string;
  factor: number;
  /** Content words (function words left out), as vocabulary ids. */
  words: number[];
}

const key = (language: string, root: string) => `${language}\u0000${root}`;

/**
 * An in-memory index of one kind of concept (occupations, ISCO groups): every label's words,
 * their inflection roots and stems, and which labels hold them. A query word matches a label
 * word exactly, by inflection ("cuoca" ~ "cuoco"), by stem ("cucinare" ~ "cucina"), as a
 * prefix while typing ("magazzin"), joined ("baby sitter" ~ "babysitter") or within a typo or
 * two; words count by how rare they are (a rarer word says more); a concept ranks by its best
 * label: how much of the query it covers, how much of the label the query covers, then the prior.
 */
export class ConceptIndex {
  private readonly concepts: IndexConcept[];
  private readonly uris: string[];
  private readonly priors: Float64Array;
  /** Each concept's preferred label by language. */
  private readonly preferred: Map<string, string>[];
  private readonly labels: Label[] = [];
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  /** Concepts holding each word, for its weight. */
  private readonly conceptCounts: number[] = [];
  private readonly byRoot = new Map<string, number[]>();
  private readonly byStem = new Map<string, number[]>();
  /** Word ids in alphabetical order of their word, for prefix ranges. */
  private readonly sorted: number[];
  /** Word ids by first letter, for typo candidates. */
  private readonly byInitial = new Map<string, number[]>();
  /** Search buffers: per label, the best quality of each query word; which labels this search touched. */
  private rows = new Float64Array(0);
  private labelSeen = new Int32Array(0);
  private generation = 0;
  private wordSeen = new Int32Array(0);
  private wordGeneration = 0;
  private conceptSeen = new Int32Array(0);
  private conceptScore = new Float64Array(0);
  private conceptLabel = new Int32Array(0);

  constructor(input: IndexInput) {
    this.concepts = input.concepts;
    this.uris = input.concepts.map((c) => c.uri);
    this.priors = Float64Array.from(input.concepts, (c) => c.prior);
    this.preferred = input.concepts.map(() => new Map());
    const conceptIds = new Map(this.uris.map((uri, i) => [uri, i]));
    const conceptsOfWord: Set<number>[] = [];
    const seenRoots = new Set<string>();
    for (const label of input.labels) {
      const concept = conceptIds.get(label.uri);
      if (concept === undefined) continue;
      if (label.source === 'preferred') this.preferred[concept].set(label.language, label.label);
      const id = this.labels.length;
      const tokens = tokenize(label.label);
      const content = tokens.words.filter((w) => !isStopword(w) && !isBoilerplate(w));
      const words = [...new Set([...content, ...tokens.words.filter(isBoilerplate), ...tokens.joined])].map((word) => {
        let wordId = this.wordIds.get(word);
        if (wordId === undefined) {
          wordId = this.words.length;
          this.words.push(word);
          this.wordIds.set(word, wordId);
          this.postings.push([]);
          conceptsOfWord.push(new Set());
        }
        this.postings[wordId].push(id);
        conceptsOfWord[wordId].add(concept);
        const seen = key(label.language, word);
        if (!seenRoots.has(seen)) {
          seenRoots.add(seen);
          this.add(this.byRoot, key(label.language, inflectionRoot(word, label.language)), wordId);
          this.add(this.byStem, key(label.language, stem(word, label.language)), wordId);
        }
        return wordId;
      });
      this.labels.push({
        concept,
        language: label.language,
        text: label.label,
        normalized: tokens.words.join(' '),
        factor: SOURCE_FACTOR[label.source],
        words: words.slice(0, new Set(content).size),
      });
    }
    this.conceptCounts = conceptsOfWord.map((set) => set.size);
    this.words.forEach((word, wordId) => {
      const list = this.byInitial.get(word[0]);
      if (list) list.push(wordId);
      else this.byInitial.set(word[0], [wordId]);
    });
    this.rows = new Float64Array(this.labels.length * MAX_QUERY_WORDS);
    this.labelSeen = new Int32Array(this.labels.length);
    this.wordSeen = new Int32Array(this.words.length);
    this.conceptSeen = new Int32Array(this.uris.length);
    this.conceptScore = new Float64Array(this.uris.length);
    this.conceptLabel = new Int32Array(this.uris.length);
    this.sorted = this.words.map((_, i) => i).sort((a, b) => (this.words[a] < this.words[b] ? -1 : this.words[a] > this.words[b] ? 1 : 0));
  }

  private add(map: Map<string, number[]>, k: string, wordId: number): void {
    const list = map.get(k);
    if (!list) map.set(k, [wordId]);
    else if (!list.includes(wordId)) list.push(wordId);
  }

  /** The query's content words, as the index cuts them (the caller fetches their stems). */
  static queryWords(query: string): string[] {
    const words = tokenize(query).words;
    const content = words.filter((w) => !isStopword(w));
    // Only function words: the last one may be the start of a word ("ad" → "addetto").
    if (content.length === 0 && words.length > 0 && words[words.length - 1].length >= 2) return [words[words.length - 1]];
    return [...new Set(content)];
  }

  search(query: string, options: SearchOptions): ConceptHit[] {
    const words = ConceptIndex.queryWords(query).slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return [];
    const candidates = words.map((word, i) => this.candidates(word, i === words.length - 1, options));
    this.addJoined(words, candidates, options.languages);
    const total = this.uris.length;
    const weights = candidates.map((c, i) => {
      if (c.size === 0) return 0;
      let holders = 0;
      for (const wordId of c.keys()) holders += this.conceptCounts[wordId];
      return Math.log(1 + total / Math.min(total, Math.max(1, holders))) * (isBoilerplate(words[i]) ? BOILERPLATE_WEIGHT : 1);
    });
    const weightSum = weights.reduce((a, b) => a + b, 0);
    if (weightSum === 0) return [];

    // Per label, the best quality for each query word, in reusable buffers (search is synchronous).
    const n = words.length;
    const generation = ++this.generation;
    const touched: number[] = [];
    const languages = new Set(options.languages);
    const primary = options.languages[0];
    candidates.forEach((c, i) => {
      for (const [wordId, quality] of c) {
        for (const labelId of this.postings[wordId]) {
          if (this.labelSeen[labelId] !== generation) {
            const label = this.labels[labelId];
            if (!languages.has(label.language) || options.ignore?.(this.uris[label.concept], label.text)) continue;
            // A fallback language counts for the concepts that have no label in the user's.
            if (label.language !== primary && this.preferred[label.concept].has(primary)) continue;
            this.labelSeen[labelId] = generation;
            this.rows.fill(0, labelId * MAX_QUERY_WORDS, labelId * MAX_QUERY_WORDS + n);
            touched.push(labelId);
          }
          const slot = labelId * MAX_QUERY_WORDS + i;
          if (quality > this.rows[slot]) this.rows[slot] = quality;
        }
      }
    });
    const wordGeneration = ++this.wordGeneration;
    for (const c of candidates) for (const wordId of c.keys()) this.wordSeen[wordId] = wordGeneration;

    // Each concept's best label; then the top `limit` concepts by score and prior.
    const conceptsTouched: number[] = [];
    for (const labelId of touched) {
      const base = labelId * MAX_QUERY_WORDS;
      let covered = 0;
      for (let i = 0; i < n; i++) covered += weights[i] * this.rows[base + i];
      const queryCoverage = covered / weightSum;
      if (queryCoverage < MIN_QUERY_COVERAGE) continue;
      const label = this.labels[labelId];
      let hits = 0;
      for (const w of label.words) if (this.wordSeen[w] === wordGeneration) hits++;
      const labelCoverage = label.words.length ? hits / label.words.length : 0;
      const language = label.language === options.languages[0] ? 1 : FALLBACK_LANGUAGE_FACTOR;
      const score = (QUERY_COVERAGE * queryCoverage + (1 - QUERY_COVERAGE) * labelCoverage) * label.factor * language;
      const c = label.concept;
      if (this.conceptSeen[c] !== generation) {
        this.conceptSeen[c] = generation;
        this.conceptScore[c] = -1;
        conceptsTouched.push(c);
      }
      if (score > this.conceptScore[c]) {
        this.conceptScore[c] = score;
        this.conceptLabel[c] = labelId;
      }
    }
    const better = (a: number, b: number) => {
      const sa = this.conceptScore[a] + PRIOR_WEIGHT * this.priors[a];
      const sb = this.conceptScore[b] + PRIOR_WEIGHT * this.priors[b];
      if (sa !== sb) return sa > sb;
      const la = this.labels[this.conceptLabel[a]].text.length;
      const lb = this.labels[this.conceptLabel[b]].text.length;
      return la !== lb ? la < lb : a < b;
    };
    const top: number[] = [];
    for (const c of conceptsTouched) {
      if (top.length === options.limit && !better(c, top[top.length - 1])) continue;
      let i = top.length < options.limit ? top.length : top.length - 1;
      top[i] = c;
      for (; i > 0 && better(top[i], top[i - 1]); i--) [top[i], top[i - 1]] = [top[i - 1], top[i]];
    }
    const normalizedQuery = normalizeText(query).replace(/-/g, ' ').split(/\s+/).join(' ');
    return top.map((concept) => {
      const labelId = this.conceptLabel[concept];
      const label = this.labels[labelId];
      const row = this.rows.subarray(labelId * MAX_QUERY_WORDS, labelId * MAX_QUERY_WORDS + n);
      const [labelLanguage, display] = this.display(concept, options.languages);
      return {
        concept: this.concepts[concept],
        score: this.conceptScore[concept] + PRIOR_WEIGHT * this.priors[concept],
        label: display,
        labelLanguage,
        matchedLabel: label.text,
        match: matchKind(label.normalized === normalizedQuery, row),
      };
    });
  }

  private display(concept: number, languages: string[]): [string, string] {
    const labels = this.preferred[concept];
    for (const language of languages) {
      const label = labels.get(language);
      if (label) return [language, label];
    }
    const [first] = [...labels.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    return first ?? ['', this.uris[concept]];
  }

  /** Label words close to a typed word, with their quality. */
  private candidates(word: string, last: boolean, options: SearchOptions): Map<number, number> {
    const found = new Map<number, number>();
    const offer = (wordId: number, quality: number) => {
      if (quality > (found.get(wordId) ?? 0)) found.set(wordId, quality);
    };
    const exact = this.wordIds.get(word);
    if (exact !== undefined) offer(exact, QUALITY.exact);
    for (const language of options.languages) {
      for (const wordId of this.byRoot.get(key(language, inflectionRoot(word, language))) ?? []) offer(wordId, QUALITY.inflection);
      for (const wordId of this.byStem.get(key(language, stem(word, language))) ?? []) offer(wordId, QUALITY.stem);
    }
    // Still typing: the start of a longer word (two letters are enough for the last word).
    if (word.length >= 3 || (last && word.length >= 2)) for (const wordId of this.prefixed(word)) offer(wordId, QUALITY.prefix);
    const budget = typoBudget(word);
    if (found.size === 0 && budget > 0) {
      // A typo seldom hits the first letter: words starting with the first or second typed letter.
      for (const initial of new Set([word[0], word[1]])) {
        for (const wordId of this.byInitial.get(initial) ?? []) {
          const known = this.words[wordId];
          const edits = editDistance(word, known, budget);
          if (edits <= budget) offer(wordId, edits === 1 ? QUALITY.typo : QUALITY.typo2);
          else if (last && known.length > word.length && editDistance(word, known, 1, word.length) <= 1) offer(wordId, QUALITY.typo2);
        }
      }
    }
    return found;
  }

  /** "baby sitter" for "babysitter": two typed words that make one label word count for both. */
  private addJoined(words: string[], candidates: Map<number, number>[], languages: string[]): void {
    for (let i = 0; i + 1 < words.length; i++) {
      const joined = words[i] + words[i + 1];
      const ids = [this.wordIds.get(joined), ...languages.flatMap((l) => this.byRoot.get(key(l, inflectionRoot(joined, l))) ?? [])];
      for (const wordId of ids) {
        if (wordId === undefined) continue;
        for (const c of [candidates[i], candidates[i + 1]]) if (QUALITY.joined > (c.get(wordId) ?? 0)) c.set(wordId, QUALITY.joined);
      }
    }
  }

  /** Ids of the words that start with `prefix` (longer than it). */
  private prefixed(prefix: string): number[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.words[this.sorted[mid]] < prefix) low = mid + 1;
      else high = mid;
    }
    const ids: number[] = [];
    for (let i = low; i < this.sorted.length && this.words[this.sorted[i]].startsWith(prefix); i++) {
      if (this.words[this.sorted[i]] !== prefix) ids.push(this.sorted[i]);
    }
    return ids;
  }
}

/** What the portals show about a hit: the whole label, a typo corrected, a word being typed, all words or some. */
function matchKind(whole: boolean, row: Float64Array): HitMatch {
  if (whole) return 'exact';
  const qualities = [...row];
  if (qualities.some((q) => q > 0 && q <= QUALITY.typo)) return 'fuzzy';
  if (qualities.some((q) => q === QUALITY.prefix)) return 'prefix';
  return qualities.every((q) => q > 0) ? 'word' : 'contains';
}
