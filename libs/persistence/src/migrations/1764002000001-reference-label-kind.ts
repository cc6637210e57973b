import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The concept's kind on each label, so autocomplete for one kind is a single index range scan
 * (kind, normalized prefix) without joining esco_concepts.
 */
export class ReferenceLabelKind1764002000001 implements MigrationInterface {
  name = 'ReferenceLabelKind1764002000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE esco_labels ADD COLUMN kind text');
    await q.query('UPDATE esco_labels l SET kind = c.kind FROM esco_concepts c WHERE c.uri = l.uri');
    await q.query(`ALTER TABLE esco_labels ALTER COLUMN kind SET NOT NULL,
      ADD CONSTRAINT esco_labels_kind_check CHECK (kind IN ('skill', 'skill_group', 'occupation', 'isco_group'))`);
    await q.query('DROP INDEX esco_labels_normalized_prefix');
    await q.query('CREATE INDEX esco_labels_kind_prefix ON esco_labels (kind, normalized text_pattern_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX esco_labels_kind_prefix');
    await q.query('CREATE INDEX esco_labels_normalized_prefix ON esco_labels (normalized text_pattern_ops)');
    await q.query('ALTER TABLE esco_labels DROP COLUMN kind');
  }
}
