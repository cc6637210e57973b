import type { QueryRunner } from 'typeorm';
import { CONCEPT_ENTITY } from './csv-sources';
import type { ImportCounts } from './import-summary';
import type { EscoConceptKind } from '@ponte/persistence';
import type { SummaryEntity } from './reference-records';
import {
  BROADER_EDGES_SQL,
  BROADER_SKIPPED_SQL,
  changesSql,
  CONCEPTS_NOT_IN_BASE_PACK_SQL,
  COUNT_MERGED_ANCESTORS_SQL,
  COUNT_MERGED_BROADER_SQL,
  COUNT_MERGED_COMUNI_SQL,
  COUNT_MERGED_LABELS_SQL,
  COUNT_MERGED_OCCUPATION_SKILLS_SQL,
  DELETE_WORDS_SQL,
  dropIndexSql,
  INDEX_DEFINITIONS_SQL,
  INSERT_BROADER_SQL,
  INSERT_WORDS_SQL,
  KEEP_LABELS_ONLY_CONCEPTS_SQL,
  MERGED_ANCESTORS_SQL,
  MERGED_BROADER_SQL,
  MERGED_COMUNI_SQL,
  MERGED_CONCEPTS_SQL,
  MERGED_LABELS_KEY_SQL,
  MERGED_LABELS_SQL,
  MERGED_OCCUPATION_SKILLS_SQL,
  MERGED_WORDS_SQL,
  MISSING_LABELS_SQL,
  OCCUPATION_SKILLS_SKIPPED_SQL,
  ORPHAN_LABELS_SQL,
  RELABEL_SQL,
  REMOVE_ANCESTORS_SQL,
  REMOVE_BROADER_SQL,
  REMOVE_LABELS_SQL,
  REMOVE_OCCUPATION_SKILLS_SQL,
  STAGE_ANCESTORS_SQL,
  UPSERT_ANCESTORS_SQL,
  UPSERT_COMUNI_SQL,
  UPSERT_CONCEPTS_SQL,
  UPSERT_LABELS_SQL,
  UPSERT_OCCUPATION_SKILLS_SQL,
} from './reference-merge.sql';

/** Above this many new labels, the search indexes are rebuilt rather than updated. */
const BULK_ROWS = 20_000;
const SEARCH_INDEXES = ['esco_labels_normalized_trgm', 'esco_labels_kind_prefix'];

/**
 * Set-wise merges from the staging tables into the real ones. Only rows that are new or whose
 * values differ (`IS DISTINCT FROM`) reach the upsert, and `xmax = 0` in RETURNING tells an
 * insert from an update, so a second import of the same data writes nothing and reports
 * 0 inserted, 0 updated.
 */
export class ReferenceMerge {
  constructor(
    private readonly runner: QueryRunner,
    private readonly counts: Record<SummaryEntity, ImportCounts>,
    private readonly examples: Record<string, string[]>,
  ) {}

  private async changes(sql: string): Promise<{ inserted: number; updated: number }> {
    const [row] = await this.runner.query(
      changesSql(sql),
    );
    return row;
  }

  /** Runs `work` with the named indexes dropped, then recreates them from their stored definitions. */
  private async withoutIndexes<T>(names: string[], work: () => Promise<T>): Promise<T> {
    const definitions: { indexdef: string }[] = names.length
      ? await this.runner.query(INDEX_DEFINITIONS_SQL, [names])
      : [];
    for (const name of names) await this.runner.query(dropIndexSql(name));
    const result = await work();
    for (const { indexdef } of definitions) await this.runner.query(indexdef);
    return result;
  }

  private skip(entity: SummaryEntity, reason: string, count: number, examples: string[]): void {
    if (count === 0) return;
    this.counts[entity].skipped[reason] = (this.counts[entity].skipped[reason] ?? 0) + count;
    this.examples[reason] = [...new Set([...(this.examples[reason] ?? []), ...examples])].slice(0, 3);
  }

  async comuni(): Promise<void> {
    const c = this.counts.comuni;
    await this.runner.query(MERGED_COMUNI_SQL);
    const { inserted, updated } = await this.changes(UPSERT_COMUNI_SQL);
    const [{ total }] = await this.runner.query(COUNT_MERGED_COMUNI_SQL);
    Object.assign(c, { inserted, updated, unchanged: total - inserted - updated });
  }

  /**
   * A concept read from several packs merges into one row; a missing attribute never erases a
   * stored one. A labels-only pack's concept keeps its stored row (counted unchanged), or is
   * skipped when no base pack loaded it.
   */
  async concepts(): Promise<void> {
    await this.runner.query(MERGED_CONCEPTS_SQL);
    await this.runner.query(KEEP_LABELS_ONLY_CONCEPTS_SQL);
    const skipped: { kind: EscoConceptKind; count: number; examples: string[] }[] = await this.runner.query(CONCEPTS_NOT_IN_BASE_PACK_SQL);
    for (const row of skipped) this.skip(CONCEPT_ENTITY[row.kind], 'notInBasePack', row.count, row.examples);
    const rows: { kind: EscoConceptKind; total: number; inserted: number; updated: number }[] = await this.runner.query(UPSERT_CONCEPTS_SQL);
    for (const row of rows) {
      const c = this.counts[CONCEPT_ENTITY[row.kind]];
      Object.assign(c, { inserted: row.inserted, updated: row.updated, unchanged: row.total - row.inserted - row.updated });
    }
    // Labels carry their concept's kind; a concept that changed kind takes its labels along.
    const [{ relabelled }] = await this.runner.query(RELABEL_SQL);
    this.counts.labels.updated += relabelled;
  }

  /**
   * One preferred label per concept and language (the last pack read wins); every other label
   * is alternative. A complete source replaces the labels of its concepts in its language.
   */
  async labels(): Promise<void> {
    await this.runner.query(MERGED_LABELS_SQL);
    await this.runner.query(MERGED_LABELS_KEY_SQL);
    const [{ missing }] = await this.runner.query(
      MISSING_LABELS_SQL,
    );
    // A bulk load (a first import) builds the search indexes once, faster than growing them row by
    // row; autocomplete readers wait for the commit meanwhile.
    const { inserted, updated } = await this.withoutIndexes(missing >= BULK_ROWS ? SEARCH_INDEXES : [], () => this.changes(UPSERT_LABELS_SQL));
    const [{ removed }] = await this.runner.query(REMOVE_LABELS_SQL);
    const [{ orphans }] = await this.runner.query(
      ORPHAN_LABELS_SQL,
    );
    this.skip('labels', 'notInBasePack', orphans, []);
    const [{ total }] = await this.runner.query(COUNT_MERGED_LABELS_SQL);
    this.counts.labels.updated += updated;
    Object.assign(this.counts.labels, { inserted, removed, unchanged: total - inserted - updated });
  }

  /** Rebuilds the word list used for typo correction; derived, so not in the summary. */
  async labelWords(): Promise<void> {
    await this.runner.query(MERGED_WORDS_SQL);
    await this.runner.query(INSERT_WORDS_SQL);
    await this.runner.query(DELETE_WORDS_SQL);
  }

  /** Direct broader relations whose two ends are loaded; a snapshot file replaces the stored set. */
  async broader(snapshot: boolean): Promise<void> {
    const c = this.counts.skillBroader;
    const skipped: { reason: string; count: number; examples: string[] }[] = await this.runner.query(BROADER_SKIPPED_SQL);
    for (const row of skipped) this.skip('skillBroader', row.reason, row.count, row.examples);
    await this.runner.query(MERGED_BROADER_SQL);
    const [{ inserted }] = await this.runner.query(INSERT_BROADER_SQL);
    const [{ removed }] = snapshot
      ? await this.runner.query(REMOVE_BROADER_SQL)
      : [{ removed: 0 }];
    const [{ total }] = await this.runner.query(COUNT_MERGED_BROADER_SQL);
    Object.assign(c, { inserted, removed, unchanged: total - inserted });
  }

  /**
   * Recomputes the transitive closure of the skill hierarchy (shortest depth per pair).
   * Breadth-first in memory: ~20k edges, far quicker than a recursive CTE over every path.
   */
  async ancestors(): Promise<void> {
    const edges: { skill_uri: string; broader_uri: string }[] = await this.runner.query(BROADER_EDGES_SQL);
    const closure = skillClosure(edges);
    await this.runner.query(MERGED_ANCESTORS_SQL);
    for (let i = 0; i < closure.length; i += 20_000) {
      const chunk = closure.slice(i, i + 20_000);
      await this.runner.query(STAGE_ANCESTORS_SQL, [
        chunk.map((a) => a.skillUri),
        chunk.map((a) => a.ancestorUri),
        chunk.map((a) => a.depth),
      ]);
    }
    const { inserted, updated } = await this.changes(UPSERT_ANCESTORS_SQL);
    const [{ removed }] = await this.runner.query(REMOVE_ANCESTORS_SQL);
    const [{ total }] = await this.runner.query(COUNT_MERGED_ANCESTORS_SQL);
    Object.assign(this.counts.skillAncestors, { read: total, inserted, updated, removed, unchanged: total - inserted - updated });
  }

  /** Relations whose occupation and skill are loaded; essential wins over optional for a pair listed twice. */
  async occupationSkills(snapshot: boolean): Promise<void> {
    const c = this.counts.occupationSkills;
    const skipped: { reason: string; count: number; examples: string[] }[] = await this.runner.query(OCCUPATION_SKILLS_SKIPPED_SQL);
    for (const row of skipped) this.skip('occupationSkills', row.reason, row.count, row.examples);
    await this.runner.query(MERGED_OCCUPATION_SKILLS_SQL);
    const { inserted, updated } = await this.changes(UPSERT_OCCUPATION_SKILLS_SQL);
    const [{ removed }] = snapshot
      ? await this.runner.query(REMOVE_OCCUPATION_SKILLS_SQL)
      : [{ removed: 0 }];
    const [{ total }] = await this.runner.query(COUNT_MERGED_OCCUPATION_SKILLS_SQL);
    Object.assign(c, { inserted, updated, removed, unchanged: total - inserted - updated });
  }
}

/** Every (concept, ancestor, shortest depth) of a broader-relation graph; cycles cannot loop. */
export function skillClosure(edges: { skill_uri: string; broader_uri: string }[]): { skillUri: string; ancestorUri: string; depth: number }[] {
  const parents = new Map<string, string[]>();
  for (const { skill_uri, broader_uri } of edges) {
    const list = parents.get(skill_uri);
    if (list) list.push(broader_uri);
    else parents.set(skill_uri, [broader_uri]);
  }
  const closure: { skillUri: string; ancestorUri: string; depth: number }[] = [];
  for (const skillUri of parents.keys()) {
    const seen = new Set<string>([skillUri]);
    let frontier = [skillUri];
    for (let depth = 1; frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const uri of frontier) {
        for (const parent of parents.get(uri) ?? []) {
          if (seen.has(parent)) continue;
          seen.add(parent);
          closure.push({ skillUri, ancestorUri: parent, depth });
          next.push(parent);
        }
      }
      frontier = next;
    }
  }
  return closure;
}
