import { openValue, parseEncryptionKeys, sealValue, type SealingKey } from '@ponte/config';
import { normaliseFreeText } from '@ponte/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEALED_WITH } from '../lib/profiles/sealed-text';

const BATCH = 500;

/** The keys to seal existing rows with; only needed when there are rows to seal. */
function keys(): SealingKey[] {
  const value = process.env['NOTES_ENCRYPTION_KEYS'];
  if (!value) {
    throw new Error('NOTES_ENCRYPTION_KEYS is needed to encrypt the existing skill comments and cover messages: set it (as for the API) and migrate again');
  }
  return parseEncryptionKeys(value);
}

interface Column {
  table: string;
  clear: string;
  sealed: string;
  /** Key columns, and how a row's associated data is made from them. */
  key: string[];
  keyTypes: string[];
  binding: (row: Record<string, string>) => string;
}

const COLUMNS: Column[] = [
  {
    table: 'profile_skills',
    clear: 'comment',
    sealed: 'comment_encrypted',
    key: ['profile_id', 'skill_uri'],
    keyTypes: ['uuid', 'text'],
    binding: (r) => SEALED_WITH.skillComment(r['profile_id'], r['skill_uri']),
  },
  {
    table: 'proposals',
    clear: 'cover_message',
    sealed: 'cover_message_encrypted',
    key: ['id'],
    keyTypes: ['uuid'],
    binding: (r) => SEALED_WITH.coverMessage(r['id']),
  },
];

/**
 * Skill comments and cover messages were stored in clear while notes were encrypted (issue
 * 20): every free text of the profile side is now AES-256-GCM at rest, bound to its row like
 * the notes. Existing texts are normalised as new ones are (normaliseFreeText: what is shown is
 * what the detector reads), sealed with the first key of NOTES_ENCRYPTION_KEYS, and the clear
 * columns dropped in the same transaction. `down` opens them again (same keys needed).
 */
export class SealedProfileText1765100000000 implements MigrationInterface {
  name = 'SealedProfileText1765100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const c of COLUMNS) {
      await q.query(`ALTER TABLE ${c.table} ADD COLUMN ${c.sealed} text`);
      let ring: SealingKey[] | undefined;
      await this.rewrite(q, c, c.clear, c.sealed, (text, row) => sealValue((ring ??= keys()), normaliseFreeText(text), c.binding(row)));
      await q.query(`ALTER TABLE ${c.table} DROP COLUMN ${c.clear}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of COLUMNS) {
      await q.query(`ALTER TABLE ${c.table} ADD COLUMN ${c.clear} text`);
      let ring: SealingKey[] | undefined;
      await this.rewrite(q, c, c.sealed, c.clear, (sealed, row) => openValue((ring ??= keys()), sealed, c.binding(row)));
      await q.query(`ALTER TABLE ${c.table} DROP COLUMN ${c.sealed}`);
    }
  }

  /** `to` := transform(`from`) for every row where `from` is set, in batches by key. */
  private async rewrite(q: QueryRunner, c: Column, from: string, to: string, transform: (value: string, row: Record<string, string>) => string): Promise<void> {
    const keyList = c.key.join(', ');
    let after: string[] | null = null;
    for (;;) {
      const cursor = after ? `AND (${keyList}) > (${c.key.map((_, i) => `$${i + 2}::${c.keyTypes[i]}`).join(', ')})` : '';
      const rows: Record<string, string>[] = await q.query(
        `SELECT ${keyList}, ${from} AS value FROM ${c.table} WHERE ${from} IS NOT NULL ${cursor} ORDER BY ${keyList} LIMIT $1`,
        [BATCH, ...(after ?? [])],
      );
      if (!rows.length) return;
      const columns = [...c.key.map((k) => rows.map((r) => r[k])), rows.map((r) => transform(r['value'], r))];
      const types = [...c.keyTypes, 'text'].map((t, i) => `$${i + 1}::${t}[]`).join(', ');
      const aliases = [...c.key, 'value'].join(', ');
      await q.query(
        `UPDATE ${c.table} t SET ${to} = v.value FROM unnest(${types}) AS v(${aliases}) WHERE ${c.key.map((k) => `t.${k} = v.${k}`).join(' AND ')}`,
        columns,
      );
      const last = rows[rows.length - 1];
      after = c.key.map((k) => last[k]);
    }
  }
}
