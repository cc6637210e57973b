import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The autocomplete prefix index carries every column the prefix query reads, so a short, common
 * prefix ("ma": ~6k labels) is an index-only scan instead of thousands of heap fetches.
 * The import vacuums the table afterwards, which keeps the visibility map current.
 */
export class ReferenceLabelPrefixCovering1764002000003 implements MigrationInterface {
  name = 'ReferenceLabelPrefixCovering1764002000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX esco_labels_kind_prefix');
    await q.query(
      'CREATE INDEX esco_labels_kind_prefix ON esco_labels (kind, normalized text_pattern_ops) INCLUDE (language, label_kind, uri, label)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX esco_labels_kind_prefix');
    await q.query('CREATE INDEX esco_labels_kind_prefix ON esco_labels (kind, normalized text_pattern_ops)');
  }
}
