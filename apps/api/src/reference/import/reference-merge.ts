import type { QueryRunner } from 'typeorm';
import { CONCEPT_ENTITY } from './csv-sources';
import type { ImportCounts } from './import-summary';
import type { EscoConceptKind } from '@ponte/persistence';
import type { SummaryEntity } from './reference-records';

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
      `WITH changed AS (${sql} RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM changed`,
    );
    return row;
  }

  /** Runs `work` with the named indexes dropped, then recreates them from their stored definitions. */
  private async withoutIndexes<T>(names: string[], work: () => Promise<T>): Promise<T> {
    const definitions: { indexdef: string }[] = names.length
      ? await this.runner.query('SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1)', [names])
      : [];
    for (const name of names) await this.runner.query(`DROP INDEX IF EXISTS ${name}`);
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
    await this.runner.query('CREATE TEMP TABLE merged_comuni ON COMMIT DROP AS SELECT DISTINCT ON (istat_code) * FROM stage_comuni');
    const { inserted, updated } = await this.changes(`
      INSERT INTO comuni AS t (istat_code, name, lat, lon, population)
      SELECT m.* FROM merged_comuni m LEFT JOIN comuni c ON c.istat_code = m.istat_code
      WHERE c.istat_code IS NULL OR (c.name, c.lat, c.lon, c.population) IS DISTINCT FROM (m.name, m.lat, m.lon, m.population)
      ON CONFLICT (istat_code) DO UPDATE SET name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon, population = EXCLUDED.population
      WHERE (t.name, t.lat, t.lon, t.population) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.lat, EXCLUDED.lon, EXCLUDED.population)`);
    const [{ total }] = await this.runner.query('SELECT count(*)::int AS total FROM merged_comuni');
    Object.assign(c, { inserted, updated, unchanged: total - inserted - updated });
  }

  /**
   * A concept read from several packs merges into one row; a missing attribute never erases a
   * stored one. A labels-only pack's concept keeps its stored row (counted unchanged), or is
   * skipped when no base pack loaded it.
   */
  async concepts(): Promise<void> {
    await this.runner.query(`
      CREATE TEMP TABLE merged_concepts ON COMMIT DROP AS
      SELECT uri, (array_agg(kind ORDER BY seq DESC))[1] AS kind, max(code) AS code, max(isco_group) AS isco_group,
             max(skill_type) AS skill_type, max(reuse_level) AS reuse_level
      FROM stage_concepts WHERE NOT labels_only GROUP BY uri`);
    await this.runner.query(`
      INSERT INTO merged_concepts
      SELECT c.uri, c.kind, c.code, c.isco_group, c.skill_type, c.reuse_level FROM esco_concepts c
      WHERE c.uri IN (SELECT uri FROM stage_concepts WHERE labels_only) AND NOT EXISTS (SELECT 1 FROM merged_concepts m WHERE m.uri = c.uri)`);
    const skipped: { kind: EscoConceptKind; count: number; examples: string[] }[] = await this.runner.query(`
      SELECT kind, count(DISTINCT uri)::int AS count, (array_agg(DISTINCT uri))[1:3] AS examples FROM stage_concepts s
      WHERE labels_only AND NOT EXISTS (SELECT 1 FROM merged_concepts m WHERE m.uri = s.uri) GROUP BY kind`);
    for (const row of skipped) this.skip(CONCEPT_ENTITY[row.kind], 'notInBasePack', row.count, row.examples);
    const rows: { kind: EscoConceptKind; total: number; inserted: number; updated: number }[] = await this.runner.query(`
      WITH changed AS (
        INSERT INTO esco_concepts AS t (uri, kind, code, isco_group, skill_type, reuse_level)
        SELECT m.* FROM merged_concepts m LEFT JOIN esco_concepts c ON c.uri = m.uri
        WHERE c.uri IS NULL OR (c.kind, c.code, c.isco_group, c.skill_type, c.reuse_level) IS DISTINCT FROM
              (m.kind, COALESCE(m.code, c.code), COALESCE(m.isco_group, c.isco_group),
               COALESCE(m.skill_type, c.skill_type), COALESCE(m.reuse_level, c.reuse_level))
        ON CONFLICT (uri) DO UPDATE SET kind = EXCLUDED.kind, code = COALESCE(EXCLUDED.code, t.code),
          isco_group = COALESCE(EXCLUDED.isco_group, t.isco_group), skill_type = COALESCE(EXCLUDED.skill_type, t.skill_type),
          reuse_level = COALESCE(EXCLUDED.reuse_level, t.reuse_level)
        WHERE (t.kind, t.code, t.isco_group, t.skill_type, t.reuse_level) IS DISTINCT FROM
              (EXCLUDED.kind, COALESCE(EXCLUDED.code, t.code), COALESCE(EXCLUDED.isco_group, t.isco_group),
               COALESCE(EXCLUDED.skill_type, t.skill_type), COALESCE(EXCLUDED.reuse_level, t.reuse_level))
        RETURNING t.uri, (xmax = 0) AS inserted)
      SELECT m.kind, count(*)::int AS total, count(*) FILTER (WHERE ch.inserted)::int AS inserted,
             count(*) FILTER (WHERE NOT ch.inserted)::int AS updated
      FROM merged_concepts m LEFT JOIN changed ch ON ch.uri = m.uri GROUP BY m.kind`);
    for (const row of rows) {
      const c = this.counts[CONCEPT_ENTITY[row.kind]];
      Object.assign(c, { inserted: row.inserted, updated: row.updated, unchanged: row.total - row.inserted - row.updated });
    }
    // Labels carry their concept's kind; a concept that changed kind takes its labels along.
    const [{ relabelled }] = await this.runner.query(`
      WITH relabelled AS (
        UPDATE esco_labels l SET kind = m.kind FROM merged_concepts m WHERE m.uri = l.uri AND l.kind <> m.kind RETURNING 1)
      SELECT count(*)::int AS relabelled FROM relabelled`);
    this.counts.labels.updated += relabelled;
  }

  /**
   * One preferred label per concept and language (the last pack read wins); every other label
   * is alternative. A complete source replaces the labels of its concepts in its language.
   */
  async labels(): Promise<void> {
    await this.runner.query(`
      CREATE TEMP TABLE merged_labels ON COMMIT DROP AS
      WITH preferred AS (
        SELECT DISTINCT ON (uri, language) uri, language, label FROM stage_labels
        WHERE label_kind = 'preferred' ORDER BY uri, language, seq DESC)
      SELECT DISTINCT s.uri, s.language, s.label,
             CASE WHEN p.label IS NULL THEN 'alternative' ELSE 'preferred' END AS label_kind, c.kind
      FROM stage_labels s JOIN esco_concepts c ON c.uri = s.uri
      LEFT JOIN preferred p ON p.uri = s.uri AND p.language = s.language AND p.label = s.label`);
    await this.runner.query('ALTER TABLE merged_labels ADD PRIMARY KEY (uri, language, label)');
    const [{ missing }] = await this.runner.query(
      'SELECT count(*)::int AS missing FROM merged_labels m WHERE NOT EXISTS (SELECT 1 FROM esco_labels l WHERE l.uri = m.uri AND l.language = m.language AND l.label = m.label)',
    );
    // A bulk load (a first import) builds the search indexes once, faster than growing them row by
    // row; autocomplete readers wait for the commit meanwhile.
    const { inserted, updated } = await this.withoutIndexes(missing >= BULK_ROWS ? SEARCH_INDEXES : [], () => this.changes(`
      INSERT INTO esco_labels AS t (uri, language, label, label_kind, kind)
      SELECT m.* FROM merged_labels m LEFT JOIN esco_labels l ON l.uri = m.uri AND l.language = m.language AND l.label = m.label
      WHERE l.uri IS NULL OR (l.label_kind, l.kind) IS DISTINCT FROM (m.label_kind, m.kind)
      ON CONFLICT (uri, language, label) DO UPDATE SET label_kind = EXCLUDED.label_kind, kind = EXCLUDED.kind
      WHERE (t.label_kind, t.kind) IS DISTINCT FROM (EXCLUDED.label_kind, EXCLUDED.kind)`));
    const [{ removed }] = await this.runner.query(`
      WITH scope AS (SELECT DISTINCT uri, language FROM stage_labels WHERE complete),
      removed AS (
        DELETE FROM esco_labels t USING scope s
        WHERE t.uri = s.uri AND t.language = s.language
          AND NOT EXISTS (SELECT 1 FROM merged_labels m WHERE m.uri = t.uri AND m.language = t.language AND m.label = t.label)
        RETURNING 1)
      SELECT count(*)::int AS removed FROM removed`);
    const [{ orphans }] = await this.runner.query(
      'SELECT count(*)::int AS orphans FROM stage_labels s WHERE NOT EXISTS (SELECT 1 FROM esco_concepts c WHERE c.uri = s.uri)',
    );
    this.skip('labels', 'notInBasePack', orphans, []);
    const [{ total }] = await this.runner.query('SELECT count(*)::int AS total FROM merged_labels');
    this.counts.labels.updated += updated;
    Object.assign(this.counts.labels, { inserted, removed, unchanged: total - inserted - updated });
  }

  /** Rebuilds the word list used for typo correction; derived, so not in the summary. */
  async labelWords(): Promise<void> {
    await this.runner.query(`
      CREATE TEMP TABLE merged_words ON COMMIT DROP AS
      SELECT kind, language, word,
             (SELECT string_agg(c, '' ORDER BY c COLLATE "C") FROM regexp_split_to_table(word, '') AS c) AS letters
      FROM (SELECT DISTINCT l.kind, l.language, w.word
            FROM esco_labels l, regexp_split_to_table(l.normalized, '[^[:alnum:]]+') AS w(word)
            WHERE length(w.word) >= 3) words`);
    await this.runner.query(`
      INSERT INTO esco_label_words (kind, language, word, letters) SELECT m.* FROM merged_words m WHERE NOT EXISTS (
        SELECT 1 FROM esco_label_words w WHERE w.kind = m.kind AND w.language = m.language AND w.word = m.word)`);
    await this.runner.query(`
      DELETE FROM esco_label_words w WHERE NOT EXISTS (
        SELECT 1 FROM merged_words m WHERE m.kind = w.kind AND m.language = w.language AND m.word = w.word)`);
  }

  /** Direct broader relations whose two ends are loaded; a snapshot file replaces the stored set. */
  async broader(snapshot: boolean): Promise<void> {
    const c = this.counts.skillBroader;
    const skipped: { reason: string; count: number; examples: string[] }[] = await this.runner.query(`
      SELECT reason, count(*)::int AS count, (array_agg(DISTINCT uri))[1:3] AS examples FROM (
        SELECT CASE WHEN s.skill_uri = s.broader_uri THEN 'selfReference' ELSE 'unknownConcept' END AS reason,
               CASE WHEN a.uri IS NULL THEN s.skill_uri ELSE s.broader_uri END AS uri
        FROM stage_broader s
        LEFT JOIN esco_concepts a ON a.uri = s.skill_uri LEFT JOIN esco_concepts b ON b.uri = s.broader_uri
        WHERE a.uri IS NULL OR b.uri IS NULL OR s.skill_uri = s.broader_uri) x
      GROUP BY reason`);
    for (const row of skipped) this.skip('skillBroader', row.reason, row.count, row.examples);
    await this.runner.query(`
      CREATE TEMP TABLE merged_broader ON COMMIT DROP AS
      SELECT DISTINCT s.skill_uri, s.broader_uri FROM stage_broader s
      JOIN esco_concepts a ON a.uri = s.skill_uri JOIN esco_concepts b ON b.uri = s.broader_uri
      WHERE s.skill_uri <> s.broader_uri`);
    const [{ inserted }] = await this.runner.query(`
      WITH ins AS (INSERT INTO esco_skill_broader
        SELECT m.* FROM merged_broader m WHERE NOT EXISTS (
          SELECT 1 FROM esco_skill_broader b WHERE b.skill_uri = m.skill_uri AND b.broader_uri = m.broader_uri)
        ON CONFLICT DO NOTHING RETURNING 1)
      SELECT count(*)::int AS inserted FROM ins`);
    const [{ removed }] = snapshot
      ? await this.runner.query(`
          WITH removed AS (
            DELETE FROM esco_skill_broader t WHERE NOT EXISTS (
              SELECT 1 FROM merged_broader m WHERE m.skill_uri = t.skill_uri AND m.broader_uri = t.broader_uri)
            RETURNING 1)
          SELECT count(*)::int AS removed FROM removed`)
      : [{ removed: 0 }];
    const [{ total }] = await this.runner.query('SELECT count(*)::int AS total FROM merged_broader');
    Object.assign(c, { inserted, removed, unchanged: total - inserted });
  }

  /**
   * Recomputes the transitive closure of the skill hierarchy (shortest depth per pair).
   * Breadth-first in memory: ~20k edges, far quicker than a recursive CTE over every path.
   */
  async ancestors(): Promise<void> {
    const edges: { skill_uri: string; broader_uri: string }[] = await this.runner.query('SELECT skill_uri, broader_uri FROM esco_skill_broader');
    const closure = skillClosure(edges);
    await this.runner.query('CREATE TEMP TABLE merged_ancestors (skill_uri text, ancestor_uri text, depth smallint, PRIMARY KEY (skill_uri, ancestor_uri)) ON COMMIT DROP');
    for (let i = 0; i < closure.length; i += 20_000) {
      const chunk = closure.slice(i, i + 20_000);
      await this.runner.query('INSERT INTO merged_ancestors SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[])', [
        chunk.map((a) => a.skillUri),
        chunk.map((a) => a.ancestorUri),
        chunk.map((a) => a.depth),
      ]);
    }
    const { inserted, updated } = await this.changes(`
      INSERT INTO esco_skill_ancestors AS t
      SELECT m.* FROM merged_ancestors m LEFT JOIN esco_skill_ancestors a ON a.skill_uri = m.skill_uri AND a.ancestor_uri = m.ancestor_uri
      WHERE a.skill_uri IS NULL OR a.depth IS DISTINCT FROM m.depth
      ON CONFLICT (skill_uri, ancestor_uri) DO UPDATE SET depth = EXCLUDED.depth WHERE t.depth IS DISTINCT FROM EXCLUDED.depth`);
    const [{ removed }] = await this.runner.query(`
      WITH removed AS (
        DELETE FROM esco_skill_ancestors t WHERE NOT EXISTS (
          SELECT 1 FROM merged_ancestors m WHERE m.skill_uri = t.skill_uri AND m.ancestor_uri = t.ancestor_uri)
        RETURNING 1)
      SELECT count(*)::int AS removed FROM removed`);
    const [{ total }] = await this.runner.query('SELECT count(*)::int AS total FROM merged_ancestors');
    Object.assign(this.counts.skillAncestors, { read: total, inserted, updated, removed, unchanged: total - inserted - updated });
  }

  /** Relations whose occupation and skill are loaded; essential wins over optional for a pair listed twice. */
  async occupationSkills(snapshot: boolean): Promise<void> {
    const c = this.counts.occupationSkills;
    const skipped: { reason: string; count: number; examples: string[] }[] = await this.runner.query(`
      SELECT reason, count(*)::int AS count, (array_agg(DISTINCT uri))[1:3] AS examples FROM (
        SELECT CASE WHEN o.uri IS NULL THEN 'unknownOccupation' ELSE 'unknownSkill' END AS reason,
               CASE WHEN o.uri IS NULL THEN s.occupation_uri ELSE s.skill_uri END AS uri
        FROM stage_occupation_skills s
        LEFT JOIN esco_concepts o ON o.uri = s.occupation_uri AND o.kind = 'occupation'
        LEFT JOIN esco_concepts k ON k.uri = s.skill_uri AND k.kind = 'skill'
        WHERE o.uri IS NULL OR k.uri IS NULL) x
      GROUP BY reason`);
    for (const row of skipped) this.skip('occupationSkills', row.reason, row.count, row.examples);
    await this.runner.query(`
      CREATE TEMP TABLE merged_occupation_skills ON COMMIT DROP AS
      SELECT DISTINCT ON (s.occupation_uri, s.skill_uri) s.occupation_uri, s.skill_uri, s.relation
      FROM stage_occupation_skills s
      JOIN esco_concepts o ON o.uri = s.occupation_uri AND o.kind = 'occupation'
      JOIN esco_concepts k ON k.uri = s.skill_uri AND k.kind = 'skill'
      ORDER BY s.occupation_uri, s.skill_uri, s.relation = 'essential' DESC`);
    const { inserted, updated } = await this.changes(`
      INSERT INTO esco_occupation_skills AS t
      SELECT m.* FROM merged_occupation_skills m
      LEFT JOIN esco_occupation_skills o ON o.occupation_uri = m.occupation_uri AND o.skill_uri = m.skill_uri
      WHERE o.occupation_uri IS NULL OR o.relation IS DISTINCT FROM m.relation
      ON CONFLICT (occupation_uri, skill_uri) DO UPDATE SET relation = EXCLUDED.relation
      WHERE t.relation IS DISTINCT FROM EXCLUDED.relation`);
    const [{ removed }] = snapshot
      ? await this.runner.query(`
          WITH removed AS (
            DELETE FROM esco_occupation_skills t WHERE NOT EXISTS (
              SELECT 1 FROM merged_occupation_skills m WHERE m.occupation_uri = t.occupation_uri AND m.skill_uri = t.skill_uri)
            RETURNING 1)
          SELECT count(*)::int AS removed FROM removed`)
      : [{ removed: 0 }];
    const [{ total }] = await this.runner.query('SELECT count(*)::int AS total FROM merged_occupation_skills');
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
