/**
 * Ponte's own evaluation of Italian occupation search (run by reference.bench.ts): queries made
 * from the official Italian labels, and titles typed the way counsellors and job ads write them,
 * each with the occupations that answer it. Scored by MRR (reciprocal rank of the first right
 * occupation in the top 10), hit@1 and hit@5, per section.
 */
import { ConceptIndex, type IndexInput } from '../src/reference/concept-search/concept-index';
import type { ConceptSearchService } from '../src/reference/concept-search/concept-search.service';
import { genderForms } from '../src/reference/import/gender-forms';
import { inflectionRoot, isStopword, normalizeText } from '../src/reference/concept-search/text-analysis';

export interface EvalQuery {
  section: string;
  query: string;
  /** Any of these is a right answer. */
  relevant: string[];
  /** Labels (by key, see labelKey) of the first relevant occupation taken out of the index for this query. */
  heldOut?: string;
}

export const SECTIONS = {
  heldOut: 'held-out alternative labels',
  typed: 'official titles typed by people',
  everyday: 'everyday words',
  official: 'official statistical titles (ISTAT style)',
} as const;

const O = 'http://data.europa.eu/esco/occupation/';

/**
 * Words of counsellors, job ads and employment centres, with the ESCO occupations that answer
 * them. Part of these words are among Ponte's everyday names (protected-placement.ts): this
 * section measures that list as much as the ranking; the held-out section does not.
 */
const EVERYDAY: [string, string[]][] = [
  ['badante', ['d5954a2b-a525-45b7-b6d9-b62efafc6c78', '1391bdf9-bd61-4fb5-91ca-c29036ab2b60']],
  ['colf', ['cbad55a4-c7cf-4ab6-9540-eac72b26729b', '6d50f735-dca9-4a02-96dc-e4310ed98ae2']],
  ['commessa', ['9ba74e8a-c40c-4228-9998-eb3c7a5c11df', '0b15375e-dfdd-4047-9efb-096e0aaee7d2']],
  ['magazziniere', ['bea705fe-06ac-4147-b8e0-6e8ac1208d8f']],
  ['magazziniera', ['bea705fe-06ac-4147-b8e0-6e8ac1208d8f']],
  ['OSS', ['d38c2107-98f2-47b7-8bb4-f69750d51082']],
  ['operatrice socio sanitaria', ['d38c2107-98f2-47b7-8bb4-f69750d51082']],
  ['ASA', ['4fa660b3-ab97-4a99-ad73-ce3c2612f2c3']],
  ['lavapiatti', ['f756fdab-7726-4c48-bfcc-94ff8810fc08']],
  ['barista', ['bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61']],
  ['cameriera', ['d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471']],
  ['cameriera di sala', ['d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471']],
  ['aiuto cuoca', ['e1cf6897-158d-4b48-a39e-2a3a8cac216c']],
  ['cuoca', ['90f75f67-495d-49fa-ab57-2f320e251d7e']],
  ['addetta pulizie', ['303a1e34-cb16-4054-b323-81e5eec17397']],
  ['addetta alle pulizie uffici', ['303a1e34-cb16-4054-b323-81e5eec17397']],
  ['donna delle pulizie', ['cbad55a4-c7cf-4ab6-9540-eac72b26729b', '303a1e34-cb16-4054-b323-81e5eec17397']],
  ['cassiera', ['2b871272-bd61-4206-bd1a-0b96d7023098']],
  ['cassiera supermercato', ['2b871272-bd61-4206-bd1a-0b96d7023098']],
  ['receptionist', ['f7b04542-d8c7-42db-8475-e63b507cce82', '82025c02-9082-416c-998b-f51eb0359ee6']],
  ['receptionist hotel', ['82025c02-9082-416c-998b-f51eb0359ee6']],
  ['baby sitter', ['c4a81f47-6ed8-4a17-ab4a-21a2e67fa1d9']],
  ['babysitter', ['c4a81f47-6ed8-4a17-ab4a-21a2e67fa1d9']],
  ['operaio generico', ['245be6d1-fe9a-4ac8-9f81-122a687e4724']],
  ['impiegata amministrativa', ['044d78cc-f62f-4532-83a5-8e04f2889652', '6c999fc7-c6b7-4ef3-a4b9-af124a1783a2']],
  ['segretaria', ['5ac377d2-e1d0-4911-a299-b4ef2782a0ba']],
  ['parrucchiera', ['099c6bb0-22d3-4c5d-8bf5-70910af381ef']],
  ['estetista', ['a1e1a788-2352-4172-8fcf-1f985a6968b0']],
  ['sarta', ['5589e8e0-48d9-4193-8c85-86ba9f17e0e9', '978ae3a2-0831-415a-8396-b84dde656fc5']],
  ['pizzaiolo', ['a02a1117-212f-4a49-b21a-d3b971e00e48']],
  ['carrellista', ['eeac6251-1974-42f5-91ed-513c6c883755']],
  ['mulettista', ['eeac6251-1974-42f5-91ed-513c6c883755']],
  ['facchino', ['3cc51201-cd20-47f8-92ad-4d5861f963cf']],
  ['stiratrice', ['3d924c0d-ffee-4f11-adc7-c2bfb76fcf73']],
  ['centralinista', ['0bf68df5-e808-4c27-abf2-6f85440f2d7f']],
  ['operatrice call center', ['0ededdc2-050a-4ec3-8e70-6295105fcd19']],
  ['addetta data entry', ['6353b3e8-e8f2-4ecb-b230-186927139892']],
  ['addetta mensa', ['b4bff870-5c8f-4c33-b07f-f04d79830633']],
  ['scaffalista', ['d35f9e79-5778-43b4-8667-0e3ba1fcb19a']],
  ['giardiniere', ['a10eb17a-3c78-4f7a-a1da-8f31146339d3']],
  ['fornaia', ['1aadb308-432a-4d01-b54b-b4f7f76dd419']],
  ['fattorino', ['0c408028-c48f-4df8-ba5d-c3d3be15f5a2']],
  ['custode', ['1822bfc2-e735-449f-ba00-ca71eb5c062b']],
  ['lavandaia', ['0da51178-e386-4534-ae71-15ba789ad756']],
];

/** Unit titles in the style of the Italian classification of occupations (plural, both genders in one). */
const OFFICIAL: [string, string[]][] = [
  ['Cuochi in alberghi e ristoranti', ['90f75f67-495d-49fa-ab57-2f320e251d7e']],
  ['Camerieri di ristorante', ['d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471']],
  ['Baristi e professioni assimilate', ['bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61']],
  ['Commessi delle vendite al minuto', ['9ba74e8a-c40c-4228-9998-eb3c7a5c11df', '0b15375e-dfdd-4047-9efb-096e0aaee7d2']],
  ['Cassieri di esercizi commerciali', ['2b871272-bd61-4206-bd1a-0b96d7023098']],
  ['Addetti all’assistenza personale', ['d5954a2b-a525-45b7-b6d9-b62efafc6c78', '1391bdf9-bd61-4fb5-91ca-c29036ab2b60']],
  ['Professioni qualificate nei servizi sanitari e sociali', ['d38c2107-98f2-47b7-8bb4-f69750d51082', '4fa660b3-ab97-4a99-ad73-ce3c2612f2c3']],
  ['Personale non qualificato addetto alla pulizia nei servizi di alloggio', ['731ecac4-06e8-4ec2-a559-101fecbd9183']],
  ['Personale non qualificato addetto ai servizi di pulizia di uffici ed esercizi commerciali', ['303a1e34-cb16-4054-b323-81e5eec17397']],
  ['Personale non qualificato addetto all’imballaggio e al magazzino', ['f5cb9901-86fc-48d0-9cde-667fbe8cef3a', 'bea705fe-06ac-4147-b8e0-6e8ac1208d8f']],
  ['Addetti alla sorveglianza di bambini e professioni assimilate', ['3413f234-6230-47a8-8cc7-2691fd54ce3a', 'c4a81f47-6ed8-4a17-ab4a-21a2e67fa1d9']],
  ['Addetti a funzioni di segreteria', ['5ac377d2-e1d0-4911-a299-b4ef2782a0ba']],
  ['Addetti all’accoglienza e all’informazione', ['f7b04542-d8c7-42db-8475-e63b507cce82', '82025c02-9082-416c-998b-f51eb0359ee6']],
  ['Collaboratori domestici e professioni assimilate', ['cbad55a4-c7cf-4ab6-9540-eac72b26729b']],
  ['Conduttori di carrelli elevatori', ['eeac6251-1974-42f5-91ed-513c6c883755']],
  ['Panettieri e pastai artigianali', ['1aadb308-432a-4d01-b54b-b4f7f76dd419']],
  ['Acconciatori', ['099c6bb0-22d3-4c5d-8bf5-70910af381ef']],
  ['Estetisti e truccatori', ['a1e1a788-2352-4172-8fcf-1f985a6968b0']],
  ['Sarti e tagliatori artigianali', ['5589e8e0-48d9-4193-8c85-86ba9f17e0e9', '978ae3a2-0831-415a-8396-b84dde656fc5']],
  ['Lavandai e stiratori', ['0da51178-e386-4534-ae71-15ba789ad756', '3d924c0d-ffee-4f11-adc7-c2bfb76fcf73']],
  ['Personale addetto ai servizi di ristorazione collettiva', ['b4bff870-5c8f-4c33-b07f-f04d79830633']],
  ['Autisti di taxi', ['6f7c1e84-8162-4c20-a575-b57ff624eef5']],
  ['Giardinieri', ['a10eb17a-3c78-4f7a-a1da-8f31146339d3']],
];

/** A label's identity across gender and number: its content words' inflection roots. */
export function labelKey(label: string): string {
  return normalizeText(label)
    .split(/[\s-]+/)
    .filter((w) => w && !isStopword(w))
    .map((w) => inflectionRoot(w, 'it'))
    .join(' ');
}

/** The eval queries, deterministic for a seed; `input` is the index input of occupations (Italian labels). */
export function evaluationSet(input: IndexInput, rand: () => number, perSection = 300): EvalQuery[] {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const italian = input.labels.filter((l) => l.language === 'it' && (l.source === 'preferred' || l.source === 'alternative'));
  const byUri = new Map<string, typeof italian>();
  for (const l of italian) byUri.set(l.uri, [...(byUri.get(l.uri) ?? []), l]);
  const holders = new Map<string, Set<string>>();
  for (const l of italian) {
    const k = labelKey(l.label);
    holders.set(k, new Set([...(holders.get(k) ?? []), l.uri]));
  }
  const uris = [...byUri.keys()].sort();
  const queries: EvalQuery[] = [];

  // Held out: an alternative label whose meaning (key) the occupation also names otherwise.
  const seen = new Set<string>();
  for (let tries = 0; queries.length < perSection && tries < perSection * 50; tries++) {
    const uri = pick(uris);
    const labels = byUri.get(uri) ?? [];
    const keys = new Set(labels.map((l) => labelKey(l.label)));
    const alternatives = labels.filter((l) => l.source === 'alternative' && !l.label.includes('/'));
    if (keys.size < 3 || alternatives.length === 0) continue;
    const held = pick(alternatives);
    const k = labelKey(held.label);
    if (seen.has(k) || !k) continue;
    seen.add(k);
    queries.push({ section: SECTIONS.heldOut, query: held.label, relevant: [...(holders.get(k) ?? [uri])], heldOut: k });
  }

  // Typed: an official title (one gender's form) as people type it, two changes at once.
  for (let i = 0; i < perSection; i++) {
    const uri = pick(uris);
    const preferred = (byUri.get(uri) ?? []).find((l) => l.source === 'preferred');
    if (!preferred) continue;
    const forms = genderForms(preferred.label, true);
    const title = forms.length ? pick(forms) : preferred.label;
    queries.push({ section: SECTIONS.typed, query: typed(typed(title, rand), rand), relevant: [...(holders.get(labelKey(title)) ?? [uri])] });
  }

  for (const [query, ids] of EVERYDAY) queries.push({ section: SECTIONS.everyday, query, relevant: ids.map((id) => `${O}${id}`) });
  for (const [query, ids] of OFFICIAL) queries.push({ section: SECTIONS.official, query, relevant: ids.map((id) => `${O}${id}`) });
  return queries;
}

/** One of the ways people write a title: no accents or apostrophes, a word cut short, a typo, plural, fewer words, another order. */
function typed(title: string, rand: () => number): string {
  const plain = normalizeText(title).replace(/-/g, ' ');
  const words = plain.split(' ').filter(Boolean);
  const content = words.filter((w) => !isStopword(w));
  const longest = content.reduce((a, b) => (b.length > a.length ? b : a), content[0] ?? '');
  switch (Math.floor(rand() * 6)) {
    case 0: // still typing: the last word cut to 4-6 letters
      return [...words.slice(0, -1), words[words.length - 1].slice(0, 4 + Math.floor(rand() * 3))].join(' ');
    case 1: {
      // two neighbouring letters swapped in the longest word
      if (longest.length < 5) return plain;
      const i = 1 + Math.floor(rand() * (longest.length - 3));
      const typo = longest.slice(0, i) + longest[i + 1] + longest[i] + longest.slice(i + 2);
      return words.map((w) => (w === longest ? typo : w)).join(' ');
    }
    case 2: // the first word in the plural, as statistics and job ads name a role
      return [plural(words[0]), ...words.slice(1)].join(' ');
    case 3: // function words left out ("addetto pulizie stabili")
      return content.join(' ');
    case 4: // the other gender's word ending, as an ad addressed to women writes a masculine-only title
      return words.map((w, i) => (i === 0 ? feminine(w) : w)).join(' ');
    default: // another order
      return [...content].reverse().join(' ');
  }
}

function feminine(word: string): string {
  if (/tore$/.test(word)) return word.replace(/tore$/, 'trice');
  if (/[oe]$/.test(word) && !/ente$/.test(word)) return word.replace(/[oe]$/, 'a');
  return word;
}

function plural(word: string): string {
  if (/co$/.test(word)) return word.replace(/co$/, 'chi');
  if (/[oe]$/.test(word)) return word.replace(/[oe]$/, 'i');
  if (/a$/.test(word)) return word.replace(/a$/, 'e');
  return word;
}

export interface EvalScore {
  section: string;
  n: number;
  mrr: number;
  hit1: number;
  hit5: number;
}

/** Runs every query through `search` (top 10) and scores it; held-out queries get an index without their label. */
export async function evaluate(
  queries: EvalQuery[],
  search: (query: EvalQuery) => Promise<string[]>,
): Promise<{ scores: EvalScore[]; misses: { query: EvalQuery; got: string[] }[] }> {
  const per = new Map<string, { n: number; rr: number; h1: number; h5: number }>();
  const misses: { query: EvalQuery; got: string[] }[] = [];
  for (const query of queries) {
    const got = await search(query);
    const rank = got.findIndex((uri) => query.relevant.includes(uri));
    const s = per.get(query.section) ?? { n: 0, rr: 0, h1: 0, h5: 0 };
    s.n++;
    if (rank >= 0) s.rr += 1 / (rank + 1);
    if (rank === 0) s.h1++;
    if (rank >= 0 && rank < 5) s.h5++;
    else misses.push({ query, got });
    per.set(query.section, s);
  }
  const scores = [...per.entries()].map(([section, s]) => ({ section, n: s.n, mrr: s.rr / s.n, hit1: s.h1 / s.n, hit5: s.h5 / s.n }));
  const all = [...per.values()].reduce((a, s) => ({ n: a.n + s.n, rr: a.rr + s.rr, h1: a.h1 + s.h1, h5: a.h5 + s.h5 }), { n: 0, rr: 0, h1: 0, h5: 0 });
  scores.push({ section: 'all', n: all.n, mrr: all.rr / all.n, hit1: all.h1 / all.n, hit5: all.h5 / all.n });
  return { scores, misses };
}

/** The evaluation over the occupations loaded in the database behind `service`, Italian user. */
export async function evaluateOccupationSearch(service: ConceptSearchService, rand: () => number) {
  const input = await service.indexInput('occupation');
  const index = new ConceptIndex(input);
  const queries = evaluationSet(input, rand);
  return evaluate(queries, async (query) => {
    const target = query.relevant[0];
    const ignore = query.heldOut ? (uri: string, label: string) => uri === target && labelKey(label) === query.heldOut : undefined;
    return index.search(query.query, { languages: ['it', 'en'], limit: 10, ignore }).map((hit) => hit.concept.uri);
  });
}
