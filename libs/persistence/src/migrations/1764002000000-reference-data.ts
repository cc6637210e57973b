import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data: the comuni of the metropolitan area and the ESCO taxonomy (skills, skill
 * groups, occupations, ISCO groups) with labels in every loaded language. URIs are the
 * language-independent keys that profiles, offers and courses store.
 */
export class ReferenceData1764002000000 implements MigrationInterface {
  name = 'ReferenceData1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comuni (
        istat_code char(6) PRIMARY KEY CHECK (istat_code ~ '^[0-9]{6}$'),
        name text NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
        population int,
        normalized text GENERATED ALWAYS AS (lower(ponte_unaccent(name))) STORED
      )`);
    await q.query('CREATE INDEX comuni_normalized_trgm ON comuni USING gin (normalized gin_trgm_ops)');

    await q.query(`
      CREATE TABLE esco_concepts (
        uri text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('skill', 'skill_group', 'occupation', 'isco_group')),
        code text,
        isco_group text,
        skill_type text,
        reuse_level text
      )`);
    await q.query('CREATE INDEX esco_concepts_kind_code ON esco_concepts (kind, code)');
    await q.query('CREATE INDEX esco_concepts_isco_group ON esco_concepts (isco_group) WHERE isco_group IS NOT NULL');

    // One row per distinct label of a concept in a language; a label that is both preferred
    // and alternative is stored once, as preferred.
    await q.query(`
      CREATE TABLE esco_labels (
        uri text NOT NULL REFERENCES esco_concepts(uri) ON DELETE CASCADE,
        language char(2) NOT NULL,
        label text NOT NULL,
        label_kind text NOT NULL CHECK (label_kind IN ('preferred', 'alternative')),
        normalized text GENERATED ALWAYS AS (lower(ponte_unaccent(label))) STORED,
        PRIMARY KEY (uri, language, label)
      )`);
    await q.query('CREATE INDEX esco_labels_normalized_trgm ON esco_labels USING gin (normalized gin_trgm_ops)');
    await q.query('CREATE INDEX esco_labels_normalized_prefix ON esco_labels (normalized text_pattern_ops)');
    await q.query(`CREATE INDEX esco_labels_preferred ON esco_labels (uri, language) WHERE label_kind = 'preferred'`);

    // Direct broader relations of the skill pillar (skill → skill, skill → group, group → group).
    await q.query(`
      CREATE TABLE esco_skill_broader (
        skill_uri text NOT NULL REFERENCES esco_concepts(uri) ON DELETE CASCADE,
        broader_uri text NOT NULL REFERENCES esco_concepts(uri) ON DELETE CASCADE,
        PRIMARY KEY (skill_uri, broader_uri)
      )`);
    await q.query('CREATE INDEX esco_skill_broader_broader ON esco_skill_broader (broader_uri)');
    // Transitive closure of esco_skill_broader, recomputed at import; depth 1 = direct parent.
    await q.query(`
      CREATE TABLE esco_skill_ancestors (
        skill_uri text NOT NULL REFERENCES esco_concepts(uri) ON DELETE CASCADE,
        ancestor_uri text NOT NULL REFERENCES esco_concepts(uri) ON DELETE CASCADE,
        depth smallint NOT NULL CHECK (depth >= 1),
        PRIMARY KEY (skill_uri, ancestor_uri)
      )`);
    await q.query('CREATE INDEX esco_skill_ancestors_ancestor ON esco_skill_ancestors (ancestor_uri)');

    await q.query(`
      CREATE TABLE esco_occupation_skills (
        occupation_uri text NOT NULL REFERENCES esco_concepts(uri) ON DELETE CASCADE,
        skill_uri text NOT NULL REFERENCES esco_concepts(uri) ON DELETE CASCADE,
        relation text NOT NULL CHECK (relation IN ('essential', 'optional')),
        PRIMARY KEY (occupation_uri, skill_uri)
      )`);
    await q.query('CREATE INDEX esco_occupation_skills_skill ON esco_occupation_skills (skill_uri)');

    // One row per import run: lets the seeder skip sources already loaded (same fingerprint).
    await q.query(`
      CREATE TABLE reference_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fingerprint text NOT NULL,
        sources jsonb NOT NULL,
        summary jsonb NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX reference_imports_fingerprint ON reference_imports (fingerprint, finished_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS reference_imports');
    await q.query('DROP TABLE IF EXISTS esco_occupation_skills');
    await q.query('DROP TABLE IF EXISTS esco_skill_ancestors');
    await q.query('DROP TABLE IF EXISTS esco_skill_broader');
    await q.query('DROP TABLE IF EXISTS esco_labels');
    await q.query('DROP TABLE IF EXISTS esco_concepts');
    await q.query('DROP TABLE IF EXISTS comuni');
  }
}
