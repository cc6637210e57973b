import { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions used by search (accent-insensitive, trigram typo tolerance). */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    // unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes use it.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ponte_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent', $1) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION IF EXISTS ponte_unaccent(text)');
  }
}
