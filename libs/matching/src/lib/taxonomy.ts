// The ESCO skill hierarchy and occupation facts the engine needs, interned to integers once.
//
// Skills and skill groups share one id space (a skill may be the broader concept of another skill).
// For every concept we keep its transitive ancestors and its direct parents ("group keys"), both
// restricted to concepts at depth >= broaderMinDepth: the pillar roots ("skills", "knowledge",
// ...) and their first level ("S1 communication, collaboration and creativity") hold thousands
// of skills each, so sharing them says nothing about a woman's fitness for a job.

import type { LanguageSkillRow } from './languages';
import { BROADER_CREDIT, SPECIFICITY_FLOOR, groupCreditOf, specificityOf } from './score';

export interface BroaderRelationRow {
  conceptUri: string;
  broaderUri: string;
}
export interface OccupationRow {
  conceptUri: string;
  iscoGroup: string;
}
export interface OccupationSkillRow {
  occupationUri: string;
  relationType: string;
  skillUri: string;
}
/**
 * Facts about a concept over the whole of ESCO, for callers that pass only part of it (one pair):
 * how many occupations list it (essential or optional), how many concepts lie below it.
 */
export interface ConceptFactRow {
  conceptUri: string;
  occupations: number;
  descendants: number;
}

/** Parsed rows of broaderRelationsSkillPillar.csv, occupations_en.csv, occupationSkillRelations.csv. */
export interface TaxonomyRows {
  broaderRelations: Iterable<BroaderRelationRow>;
  occupations?: Iterable<OccupationRow>;
  /** Essential rows feed target gaps; every row counts towards a skill's specificity. */
  occupationSkills?: Iterable<OccupationSkillRow>;
  /** Overrides the counts derived from the rows above (which may be a part of ESCO). */
  conceptFacts?: Iterable<ConceptFactRow>;
  /** ESCO language skills and the language each names (see languageSkillRows). */
  languageSkills?: Iterable<LanguageSkillRow>;
  /**
   * Skills of ESCO reuse level "transversal" (transversalSkillsCollection_en.csv): ESCO links
   * few of them to occupations, yet they are the least specific of all.
   */
  transversalSkills?: Iterable<string>;
}

export interface TaxonomyOptions {
  /** Minimum depth (0 = pillar root) of a group that earns the "broader" tier. Default 2. */
  broaderMinDepth?: number;
}

const EMPTY = new Int32Array(0);

/** What buildTaxonomy counted, per concept id, before freezing. */
export interface ConceptCounts {
  occupations: Map<number, number>;
  descendants: Map<number, number>;
  languages: Map<number, string>;
  transversal: Set<number>;
}

/** Compressed sparse rows: the list of row i is data[offsets[i] .. offsets[i+1]). */
function toCsr(lists: readonly (readonly number[])[]): {
  offsets: Int32Array;
  data: Int32Array;
} {
  const offsets = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    offsets[i] = total;
    total += l.length;
  });
  offsets[lists.length] = total;
  const data = new Int32Array(total);
  lists.forEach((l, i) => data.set(l, offsets[i]));
  return { offsets, data };
}

export class Taxonomy {
  private readonly conceptIds = new Map<string, number>();
  private readonly conceptUris: string[] = [];
  private readonly occupationIds = new Map<string, number>();
  private readonly occupationUris: string[] = [];
  private ancestorCsr = toCsr([]);
  private groupKeyCsr = toCsr([]);
  private essentialCsr = toCsr([]);
  private isco = new Int32Array(0);
  private specificity = new Float64Array(0);
  private credit = new Float64Array(0);
  private readonly languageSkills = new Map<number, string>();
  private readonly languagesByCode = new Map<string, number[]>();

  /** Concepts known from the hierarchy; ids beyond it were interned later and have no ancestors. */
  baseConcepts = 0;
  baseOccupations = 0;

  constructor(readonly broaderMinDepth = 2) {}

  /** Number of interned concepts (grows when unknown skill URIs are interned). */
  get conceptCount(): number {
    return this.conceptUris.length;
  }

  get occupationCount(): number {
    return this.occupationUris.length;
  }

  get hasHierarchy(): boolean {
    return this.ancestorCsr.data.length > 0;
  }

  conceptId(uri: string): number | undefined {
    return this.conceptIds.get(uri);
  }

  /** Interns a skill URI. Append-only: ids never change, so results stay deterministic. */
  internConcept(uri: string): number {
    let id = this.conceptIds.get(uri);
    if (id === undefined) {
      id = this.conceptUris.length;
      this.conceptIds.set(uri, id);
      this.conceptUris.push(uri);
    }
    return id;
  }

  conceptUri(id: number): string {
    return this.conceptUris[id];
  }

  /** Ancestors at depth >= broaderMinDepth, ascending ids. */
  ancestors(id: number): Int32Array {
    if (id >= this.baseConcepts) return EMPTY;
    const { offsets, data } = this.ancestorCsr;
    return data.subarray(offsets[id], offsets[id + 1]);
  }

  /** 0.2-1: how specific a skill is to few occupations (see specificityOf); 1 when unknown. */
  specificityOf(id: number): number {
    return id < this.specificity.length ? this.specificity[id] : 1;
  }

  /** Credit of the broader tier through this group key (see groupCreditOf). */
  keyCredit(id: number): number {
    return id < this.credit.length ? this.credit[id] : BROADER_CREDIT;
  }

  /** The language a language skill names (ISO code), or undefined. */
  languageOf(id: number): string | undefined {
    return this.languageSkills.get(id);
  }

  /** Every language skill, by language code. */
  languageSkillsByCode(): ReadonlyMap<string, readonly number[]> {
    return this.languagesByCode;
  }

  /**
   * Group keys: the direct parents at depth >= broaderMinDepth, and the concept itself when
   * concepts lie below it: covering any of them earns the broader tier.
   */
  groupKeys(id: number): Int32Array {
    if (id >= this.baseConcepts) return EMPTY;
    const { offsets, data } = this.groupKeyCsr;
    return data.subarray(offsets[id], offsets[id + 1]);
  }

  occupationId(uri: string): number | undefined {
    return this.occupationIds.get(uri);
  }

  internOccupation(uri: string): number {
    let id = this.occupationIds.get(uri);
    if (id === undefined) {
      id = this.occupationUris.length;
      this.occupationIds.set(uri, id);
      this.occupationUris.push(uri);
    }
    return id;
  }

  occupationUri(id: number): string {
    return this.occupationUris[id];
  }

  /** ISCO-08 unit group (4 digits, as a number: "0110" -> 110), or -1 when unknown. */
  iscoGroup(occupationId: number): number {
    return occupationId < this.isco.length ? this.isco[occupationId] : -1;
  }

  /** Concept ids of the occupation's essential skills (ESCO occupationSkillRelations). */
  essentialSkillIds(occupationId: number): Int32Array {
    if (occupationId >= this.baseOccupations) return EMPTY;
    const { offsets, data } = this.essentialCsr;
    return data.subarray(offsets[occupationId], offsets[occupationId + 1]);
  }

  essentialSkills(occupationUri: string): string[] {
    const id = this.occupationIds.get(occupationUri);
    if (id === undefined) return [];
    return Array.from(this.essentialSkillIds(id), (s) => this.conceptUris[s]);
  }

  /** Used by buildTaxonomy only. */
  freeze(
    parents: readonly (readonly number[])[],
    iscoByOccupation: Map<number, number>,
    essentials: Map<number, number[]>,
    counts: ConceptCounts,
  ): void {
    const n = this.conceptUris.length;
    const depth = conceptDepths(parents);
    const min = this.broaderMinDepth;
    const ancestors: number[][] = new Array(n);
    const visit = (id: number, onPath: Set<number>): number[] => {
      const done = ancestors[id];
      if (done) return done;
      onPath.add(id);
      const set = new Set<number>();
      for (const p of parents[id]) {
        if (onPath.has(p)) continue; // defensive: ESCO has no cycles
        if (depth[p] >= min) set.add(p);
        for (const a of visit(p, onPath)) set.add(a);
      }
      onPath.delete(id);
      return (ancestors[id] = [...set].sort((a, b) => a - b));
    };
    for (let id = 0; id < n; id++) visit(id, new Set());
    this.ancestorCsr = toCsr(ancestors);
    const below = new Int32Array(n);
    for (const list of ancestors) for (const a of list) below[a]++;
    for (const [id, d] of counts.descendants) if (id < n) below[id] = d;
    this.groupKeyCsr = toCsr(
      parents.map((ps, id) => {
        const keys = new Set(ps.filter((p) => depth[p] >= min));
        if (below[id] > 0 && depth[id] >= min) keys.add(id);
        return [...keys].sort((a, b) => a - b);
      }),
    );
    // Transversal and language skills are the least specific whatever ESCO links them to.
    this.specificity = Float64Array.from({ length: n }, (_, id) =>
      counts.transversal.has(id) || counts.languages.has(id)
        ? SPECIFICITY_FLOOR
        : specificityOf(counts.occupations.get(id) ?? 1),
    );
    this.credit = Float64Array.from(below, (d) => groupCreditOf(d + 1));
    for (const [id, code] of counts.languages) {
      this.languageSkills.set(id, code);
      const list = this.languagesByCode.get(code);
      if (list) list.push(id);
      else this.languagesByCode.set(code, [id]);
    }
    this.baseConcepts = n;
    this.baseOccupations = this.occupationUris.length;
    this.isco = new Int32Array(this.baseOccupations).fill(-1);
    for (const [occ, code] of iscoByOccupation) this.isco[occ] = code;
    const lists: number[][] = [];
    for (let occ = 0; occ < this.baseOccupations; occ++)
      lists.push(essentials.get(occ) ?? []);
    this.essentialCsr = toCsr(lists);
  }
}

/** Shortest distance from a root (a concept without parents); unreachable concepts count as roots. */
function conceptDepths(parents: readonly (readonly number[])[]): Int32Array {
  const n = parents.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  parents.forEach((ps, c) => ps.forEach((p) => children[p].push(c)));
  const depth = new Int32Array(n).fill(-1);
  let frontier: number[] = [];
  for (let id = 0; id < n; id++) {
    if (parents[id].length === 0) {
      depth[id] = 0;
      frontier.push(id);
    }
  }
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const c of children[id]) {
        if (depth[c] < 0) {
          depth[c] = depth[id] + 1;
          next.push(c);
        }
      }
    }
    frontier = next;
  }
  for (let id = 0; id < n; id++) if (depth[id] < 0) depth[id] = 0;
  return depth;
}

/** Builds the taxonomy from parsed ESCO CSV rows (see TaxonomyRows). */
export function buildTaxonomy(
  rows: TaxonomyRows,
  options: TaxonomyOptions = {},
): Taxonomy {
  const taxonomy = new Taxonomy(options.broaderMinDepth ?? 2);
  const parents: number[][] = [];
  const parentsOf = (id: number): number[] => {
    while (parents.length <= id) parents.push([]);
    return parents[id];
  };
  for (const row of rows.broaderRelations) {
    const child = taxonomy.internConcept(row.conceptUri);
    const parent = taxonomy.internConcept(row.broaderUri);
    parentsOf(parent);
    parentsOf(child).push(parent);
  }
  const isco = new Map<number, number>();
  for (const row of rows.occupations ?? []) {
    const occ = taxonomy.internOccupation(row.conceptUri);
    const code = row.iscoGroup.trim();
    if (/^\d{4}$/.test(code)) isco.set(occ, Number(code));
  }
  const essentials = new Map<number, number[]>();
  const counts: ConceptCounts = { occupations: new Map(), descendants: new Map(), languages: new Map(), transversal: new Set() };
  const listedBy = new Set<string>();
  for (const row of rows.occupationSkills ?? []) {
    const occ = taxonomy.internOccupation(row.occupationUri);
    const skill = taxonomy.internConcept(row.skillUri);
    parentsOf(skill);
    if (!listedBy.has(`${occ}:${skill}`)) {
      listedBy.add(`${occ}:${skill}`);
      counts.occupations.set(skill, (counts.occupations.get(skill) ?? 0) + 1);
    }
    if (row.relationType !== 'essential') continue;
    const list = essentials.get(occ) ?? [];
    if (!list.includes(skill)) list.push(skill);
    essentials.set(occ, list);
  }
  for (const fact of rows.conceptFacts ?? []) {
    const id = taxonomy.internConcept(fact.conceptUri);
    parentsOf(id);
    counts.occupations.set(id, fact.occupations);
    counts.descendants.set(id, fact.descendants);
  }
  for (const row of rows.languageSkills ?? []) {
    const id = taxonomy.internConcept(row.skillUri);
    parentsOf(id);
    counts.languages.set(id, row.language);
  }
  for (const uri of rows.transversalSkills ?? []) {
    const id = taxonomy.internConcept(uri);
    parentsOf(id);
    counts.transversal.add(id);
  }
  while (parents.length < taxonomy.conceptCount) parents.push([]);
  taxonomy.freeze(parents, isco, essentials, counts);
  return taxonomy;
}

/** A taxonomy without hierarchy: skills match exactly or not at all. */
export function emptyTaxonomy(): Taxonomy {
  return buildTaxonomy({ broaderRelations: [] });
}
