import { AuditEntry } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { EncryptionService } from '../common/crypto/encryption.service';

export interface NotesRotationReport {
  /** Notes found under an older key. */
  examined: number;
  rotated: number;
  /** Notes no key of the ring can open (unknown key id or tampered): left as they are. */
  unreadable: number;
  batches: number;
}

/**
 * Re-encrypts every profile note that is not under the current key (the first of
 * NOTES_ENCRYPTION_KEYS). Batches commit one by one, so an interrupted run keeps its progress
 * and a rerun only finds the notes still under an old key. Counts only are reported and
 * audited; plaintext never leaves this function.
 */
export async function rotateNotesKey(
  dataSource: DataSource,
  encryption: EncryptionService,
  options: { batchSize?: number; log?: (line: string) => void } = {},
): Promise<NotesRotationReport> {
  const batchSize = options.batchSize ?? 200;
  // The key id is the second field of any fresh ciphertext: `v1:<keyId>:…`.
  const currentPrefix = `${encryption.encrypt('').split(':').slice(0, 2).join(':')}:`;
  const report: NotesRotationReport = { examined: 0, rotated: 0, unreadable: 0, batches: 0 };
  let cursor = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const done = await dataSource.transaction(async (manager) => {
      const rows: { id: string; notes: string }[] = await manager.query(
        `SELECT id, notes_encrypted AS notes FROM profiles
         WHERE id > $1 AND notes_encrypted IS NOT NULL AND notes_encrypted NOT LIKE $2
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [cursor, `${currentPrefix}%`, batchSize],
      );
      if (!rows.length) return true;
      for (const row of rows) {
        report.examined++;
        let plaintext: string;
        try {
          plaintext = encryption.decrypt(row.notes, row.id);
        } catch {
          report.unreadable++;
          continue;
        }
        await manager.query('UPDATE profiles SET notes_encrypted = $2 WHERE id = $1', [row.id, encryption.encrypt(plaintext, row.id)]);
        report.rotated++;
      }
      cursor = rows[rows.length - 1].id;
      report.batches++;
      return false;
    });
    if (done) break;
    options.log?.(`batch ${report.batches}: ${report.rotated} rotated, ${report.unreadable} unreadable`);
  }
  await dataSource.manager.insert(AuditEntry, {
    actorId: null,
    actorRole: 'system',
    action: 'profile.notes.rotate_key',
    outcome: report.unreadable ? 'failure' : 'success',
    details: { ...report },
  });
  return report;
}
