// The reference merge's statements. Raw SQL because the merge is set-wise, from temporary staging
// tables into the real ones: only new or changed rows (`IS DISTINCT FROM`) reach an upsert, and
// `xmax = 0` in RETURNING tells an insert from an update (reference-merge.ts).

/** `upsert` (an INSERT ... ON CONFLICT) with how many rows it inserted and how many it updated. */
export const changesSql = (upsert: string): string =>
  `WITH changed AS (${upsert} RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM changed`;

/** Index `name` dropped. */
export const dropIndexSql = (name: string): string => `DROP INDEX IF EXISTS ${name}`;

/** The definitions of indexes `$1`, to recreate them. */
export const INDEX_DEFINITIONS_SQL = 'SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1)';

/** The staged comuni, one per code. */
export const MERGED_COMUNI_SQL = 'CREATE TEMP TABLE merged_comuni ON COMMIT DROP AS SELECT DISTINCT ON (istat_code) * FROM stage_comuni';

/** New and changed comuni written. */
export const UPSERT_COMUNI_SQL = `
      INSERT INTO comuni AS t (istat_code, name, lat, lon, population)
      SELECT m.* FROM merged_comuni m LEFT JOIN comuni c ON c.istat_code = m.istat_code
      WHERE c.istat_code IS NULL OR (c.name, c.lat, c.lon, c.population) IS DISTINCT FROM (m.name, m.lat, m.lon, m.population)
      ON CONFLICT (istat_code) DO UPDATE SET name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon, population = EXCLUDED.population
      WHERE (t.name, t.lat, t.lon, t.population) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.lat, EXCLUDED.lon, EXCLUDED.population)`;

/** How many comuni were read. */
export const COUNT_MERGED_COMUNI_SQL = 'SELECT count(*)::int AS total FROM merged_comuni';

/** The base packs' concepts, one per URI: the last kind read, no attribute erased. */
export const MERGED_CONCEPTS_SQL = `
      CREATE TEMP TABLE merged_concepts ON COMMIT DROP AS
      SELECT uri, (array_agg(kind ORDER BY seq DESC))[1] AS kind, max(code) AS code, max(isco_group) AS isco_group,
             max(skill_type) AS skill_type, max(reuse_level) AS reuse_level
      FROM stage_concepts WHERE NOT labels_only GROUP BY uri`;

/** A labels-only pack's concepts that are stored keep their stored row. */
export const KEEP_LABELS_ONLY_CONCEPTS_SQL = `
      INSERT INTO merged_concepts
      SELECT c.uri, c.kind, c.code, c.isco_group, c.skill_type, c.reuse_level FROM esco_concepts c
      WHERE c.uri IN (SELECT uri FROM stage_concepts WHERE labels_only) AND NOT EXISTS (SELECT 1 FROM merged_concepts m WHERE m.uri = c.uri)`;

/** A labels-only pack's concepts that no base pack loaded, per kind, with examples. */
export const CONCEPTS_NOT_IN_BASE_PACK_SQL = `
      SELECT kind, count(DISTINCT uri)::int AS count, (array_agg(DISTINCT uri))[1:3] AS examples FROM stage_concepts s
      WHERE labels_only AND NOT EXISTS (SELECT 1 FROM merged_concepts m WHERE m.uri = s.uri) GROUP BY kind`;

/** New and changed concepts written; per kind, how many were read, inserted and updated. */
export const UPSERT_CONCEPTS_SQL = `
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
      FROM merged_concepts m LEFT JOIN changed ch ON ch.uri = m.uri GROUP BY m.kind`;

/** Labels of a concept that changed kind take its kind; how many. */
export const RELABEL_SQL = `
      WITH relabelled AS (
        UPDATE esco_labels l SET kind = m.kind FROM merged_concepts m WHERE m.uri = l.uri AND l.kind <> m.kind RETURNING 1)
      SELECT count(*)::int AS relabelled FROM relabelled`;

/** The staged labels of loaded concepts: one preferred per concept and language (the last read), the others alternative. */
export const MERGED_LABELS_SQL = `
      CREATE TEMP TABLE merged_labels ON COMMIT DROP AS
      WITH preferred AS (
        SELECT DISTINCT ON (uri, language) uri, language, label FROM stage_labels
        WHERE label_kind = 'preferred' ORDER BY uri, language, seq DESC)
      SELECT DISTINCT s.uri, s.language, s.label,
             CASE WHEN p.label IS NULL THEN 'alternative' ELSE 'preferred' END AS label_kind, c.kind
      FROM stage_labels s JOIN esco_concepts c ON c.uri = s.uri
      LEFT JOIN preferred p ON p.uri = s.uri AND p.language = s.language AND p.label = s.label`;

/** The merged labels keyed as esco_labels is. */
export const MERGED_LABELS_KEY_SQL = 'ALTER TABLE merged_labels ADD PRIMARY KEY (uri, language, label)';

/** How many merged labels are not stored yet. */
export const MISSING_LABELS_SQL = 'SELECT count(*)::int AS missing FROM merged_labels m WHERE NOT EXISTS (SELECT 1 FROM esco_labels l WHERE l.uri = m.uri AND l.language = m.language AND l.label = m.label)';

/** New and changed labels written. */
export const UPSERT_LABELS_SQL = `
      INSERT INTO esco_labels AS t (uri, language, label, label_kind, kind)
      SELECT m.* FROM merged_labels m LEFT JOIN esco_labels l ON l.uri = m.uri AND l.language = m.language AND l.label = m.label
      WHERE l.uri IS NULL OR (l.label_kind, l.kind) IS DISTINCT FROM (m.label_kind, m.kind)
      ON CONFLICT (uri, language, label) DO UPDATE SET label_kind = EXCLUDED.label_kind, kind = EXCLUDED.kind
      WHERE (t.label_kind, t.kind) IS DISTINCT FROM (EXCLUDED.label_kind, EXCLUDED.kind)`;

/** Labels a complete source no longer has, in its concepts and language, removed; how many. */
export const REMOVE_LABELS_SQL = `
      WITH scope AS (SELECT DISTINCT uri, language FROM stage_labels WHERE complete),
      removed AS (
        DELETE FROM esco_labels t USING scope s
        WHERE t.uri = s.uri AND t.language = s.language
          AND NOT EXISTS (SELECT 1 FROM merged_labels m WHERE m.uri = t.uri AND m.language = t.language AND m.label = t.label)
        RETURNING 1)
      SELECT count(*)::int AS removed FROM removed`;

/** How many staged labels belong to no loaded concept. */
export const ORPHAN_LABELS_SQL = 'SELECT count(*)::int AS orphans FROM stage_labels s WHERE NOT EXISTS (SELECT 1 FROM esco_concepts c WHERE c.uri = s.uri)';

/** How many labels were merged. */
export const COUNT_MERGED_LABELS_SQL = 'SELECT count(*)::int AS total FROM merged_labels';

/** Every word of three letters or more of the labels, per kind and language, with its letters sorted. */
export const MERGED_WORDS_SQL = `
      CREATE TEMP TABLE merged_words ON COMMIT DROP AS
      SELECT kind, language, word,
             (SELECT string_agg(c, '' ORDER BY c COLLATE "C") FROM regexp_split_to_table(word, '') AS c) AS letters
      FROM (SELECT DISTINCT l.kind, l.language, w.word
            FROM esco_labels l, regexp_split_to_table(l.normalized, '[^[:alnum:]]+') AS w(word)
            WHERE length(w.word) >= 3) words`;

/** New words stored. */
export const INSERT_WORDS_SQL = `
      INSERT INTO esco_label_words (kind, language, word, letters) SELECT m.* FROM merged_words m WHERE NOT EXISTS (
        SELECT 1 FROM esco_label_words w WHERE w.kind = m.kind AND w.language = m.language AND w.word = m.word)`;

/** Words no label holds any more removed. */
export const DELETE_WORDS_SQL = `
      DELETE FROM esco_label_words w WHERE NOT EXISTS (
        SELECT 1 FROM merged_words m WHERE m.kind = w.kind AND m.language = w.language AND m.word = w.word)`;

/** Staged broader relations skipped (an end not loaded, or a concept its own broader), per reason, with examples. */
export const BROADER_SKIPPED_SQL = `
      SELECT reason, count(*)::int AS count, (array_agg(DISTINCT uri))[1:3] AS examples FROM (
        SELECT CASE WHEN s.skill_uri = s.broader_uri THEN 'selfReference' ELSE 'unknownConcept' END AS reason,
               CASE WHEN a.uri IS NULL THEN s.skill_uri ELSE s.broader_uri END AS uri
        FROM stage_broader s
        LEFT JOIN esco_concepts a ON a.uri = s.skill_uri LEFT JOIN esco_concepts b ON b.uri = s.broader_uri
        WHERE a.uri IS NULL OR b.uri IS NULL OR s.skill_uri = s.broader_uri) x
      GROUP BY reason`;

/** The staged broader relations whose two ends are loaded. */
export const MERGED_BROADER_SQL = `
      CREATE TEMP TABLE merged_broader ON COMMIT DROP AS
      SELECT DISTINCT s.skill_uri, s.broader_uri FROM stage_broader s
      JOIN esco_concepts a ON a.uri = s.skill_uri JOIN esco_concepts b ON b.uri = s.broader_uri
      WHERE s.skill_uri <> s.broader_uri`;

/** New broader relations stored; how many. */
export const INSERT_BROADER_SQL = `
      WITH ins AS (INSERT INTO esco_skill_broader
        SELECT m.* FROM merged_broader m WHERE NOT EXISTS (
          SELECT 1 FROM esco_skill_broader b WHERE b.skill_uri = m.skill_uri AND b.broader_uri = m.broader_uri)
        ON CONFLICT DO NOTHING RETURNING 1)
      SELECT count(*)::int AS inserted FROM ins`;

/** Broader relations the snapshot no longer has removed; how many. */
export const REMOVE_BROADER_SQL = `
          WITH removed AS (
            DELETE FROM esco_skill_broader t WHERE NOT EXISTS (
              SELECT 1 FROM merged_broader m WHERE m.skill_uri = t.skill_uri AND m.broader_uri = t.broader_uri)
            RETURNING 1)
          SELECT count(*)::int AS removed FROM removed`;

/** How many broader relations were merged. */
export const COUNT_MERGED_BROADER_SQL = 'SELECT count(*)::int AS total FROM merged_broader';

/** Every stored broader relation. */
export const BROADER_EDGES_SQL = 'SELECT skill_uri, broader_uri FROM esco_skill_broader';

/** The recomputed closure, before it is merged. */
export const MERGED_ANCESTORS_SQL = 'CREATE TEMP TABLE merged_ancestors (skill_uri text, ancestor_uri text, depth smallint, PRIMARY KEY (skill_uri, ancestor_uri)) ON COMMIT DROP';

/** A chunk of the closure, one array per column (`$1`..`$3`). */
export const STAGE_ANCESTORS_SQL = 'INSERT INTO merged_ancestors SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[])';

/** New and changed ancestors written. */
export const UPSERT_ANCESTORS_SQL = `
      INSERT INTO esco_skill_ancestors AS t
      SELECT m.* FROM merged_ancestors m LEFT JOIN esco_skill_ancestors a ON a.skill_uri = m.skill_uri AND a.ancestor_uri = m.ancestor_uri
      WHERE a.skill_uri IS NULL OR a.depth IS DISTINCT FROM m.depth
      ON CONFLICT (skill_uri, ancestor_uri) DO UPDATE SET depth = EXCLUDED.depth WHERE t.depth IS DISTINCT FROM EXCLUDED.depth`;

/** Ancestors no longer in the closure removed; how many. */
export const REMOVE_ANCESTORS_SQL = `
      WITH removed AS (
        DELETE FROM esco_skill_ancestors t WHERE NOT EXISTS (
          SELECT 1 FROM merged_ancestors m WHERE m.skill_uri = t.skill_uri AND m.ancestor_uri = t.ancestor_uri)
        RETURNING 1)
      SELECT count(*)::int AS removed FROM removed`;

/** How many ancestors the closure has. */
export const COUNT_MERGED_ANCESTORS_SQL = 'SELECT count(*)::int AS total FROM merged_ancestors';

/** Staged occupation skills skipped (occupation or skill not loaded), per reason, with examples. */
export const OCCUPATION_SKILLS_SKIPPED_SQL = `
      SELECT reason, count(*)::int AS count, (array_agg(DISTINCT uri))[1:3] AS examples FROM (
        SELECT CASE WHEN o.uri IS NULL THEN 'unknownOccupation' ELSE 'unknownSkill' END AS reason,
               CASE WHEN o.uri IS NULL THEN s.occupation_uri ELSE s.skill_uri END AS uri
        FROM stage_occupation_skills s
        LEFT JOIN esco_concepts o ON o.uri = s.occupation_uri AND o.kind = 'occupation'
        LEFT JOIN esco_concepts k ON k.uri = s.skill_uri AND k.kind = 'skill'
        WHERE o.uri IS NULL OR k.uri IS NULL) x
      GROUP BY reason`;

/** The staged occupation skills whose two ends are loaded; essential wins for a pair listed twice. */
export const MERGED_OCCUPATION_SKILLS_SQL = `
      CREATE TEMP TABLE merged_occupation_skills ON COMMIT DROP AS
      SELECT DISTINCT ON (s.occupation_uri, s.skill_uri) s.occupation_uri, s.skill_uri, s.relation
      FROM stage_occupation_skills s
      JOIN esco_concepts o ON o.uri = s.occupation_uri AND o.kind = 'occupation'
      JOIN esco_concepts k ON k.uri = s.skill_uri AND k.kind = 'skill'
      ORDER BY s.occupation_uri, s.skill_uri, s.relation = 'essential' DESC`;

/** New and changed occupation skills written. */
export const UPSERT_OCCUPATION_SKILLS_SQL = `
      INSERT INTO esco_occupation_skills AS t
      SELECT m.* FROM merged_occupation_skills m
      LEFT JOIN esco_occupation_skills o ON o.occupation_uri = m.occupation_uri AND o.skill_uri = m.skill_uri
      WHERE o.occupation_uri IS NULL OR o.relation IS DISTINCT FROM m.relation
      ON CONFLICT (occupation_uri, skill_uri) DO UPDATE SET relation = EXCLUDED.relation
      WHERE t.relation IS DISTINCT FROM EXCLUDED.relation`;

/** Occupation skills the snapshot no longer has removed; how many. */
export const REMOVE_OCCUPATION_SKILLS_SQL = `
          WITH removed AS (
            DELETE FROM esco_occupation_skills t WHERE NOT EXISTS (
              SELECT 1 FROM merged_occupation_skills m WHERE m.occupation_uri = t.occupation_uri AND m.skill_uri = t.skill_uri)
            RETURNING 1)
          SELECT count(*)::int AS removed FROM removed`;

/** How many occupation skills were merged. */
export const COUNT_MERGED_OCCUPATION_SKILLS_SQL = 'SELECT count(*)::int AS total FROM merged_occupation_skills';
