import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The distinct words of the normalised labels, per kind and language: typo correction looks a
 * mistyped word up among ~20k short words instead of scoring every long label. Candidates come
 * from the trigram index, and from `letters` (the word's letters sorted), which finds swapped
 * letters that trigrams miss ("aobut" → "about"). Derived from esco_labels at each import.
 */
export class ReferenceLabelWords1764002000002 implements MigrationInterface {
  name = 'ReferenceLabelWords1764002000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE esco_label_words (
        kind text NOT NULL,
        language char(2) NOT NULL,
        word text NOT NULL,
        letters text NOT NULL,
        PRIMARY KEY (kind, language, word)
      )`);
    await q.query('CREATE INDEX esco_label_words_trgm ON esco_label_words USING gin (word gin_trgm_ops)');
    await q.query('CREATE INDEX esco_label_words_letters ON esco_label_words (kind, letters)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE esco_label_words');
  }
}
