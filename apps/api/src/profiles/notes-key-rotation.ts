import { AuditEntry, SEALED_COLUMNS, type SealedColumn } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { EncryptionService } from '../common/crypto/encryption.service';
import { resealSql, sealedBatchSql } from './notes-key-rotation.sql';

export interface NotesRotationReport {
  /** Sealed texts found under an older key. */
  examined: number;
  rotated: number;
  /** Texts no key of the ring can open (unknown key id or tampered): left as they are. */
  unreadable: number;
  batches: number;
}

/**
 * Re-encrypts every sealed free text of the profile side (SEALED_COLUMNS: notes, skill
 * comments, cover messages, shortlist notes) that is not under the current key (the first of
 * NOTES_ENCRYPTION_KEYS). Batches commit one by one, so an interrupted run keeps its progress
 * and a rerun only finds the texts still under an old key. Counts only are reported and
 * audited; plaintext never leaves this function.
 */
export async function rotateNotesKey(
  dataSource: DataSource,
  encryption: EncryptionService,
  options: { batchSize?: number; log?: (line: string) => void } = {},
): Promise<NotesRotationReport> {
  const report: NotesRotationReport = { examined: 0, rotated: 0, unreadable: 0, batches: 0 };
  for (const column of SEALED_COLUMNS) await rotateColumn(dataSource, encryption, column, report, options);
  await dataSource.manager.insert(AuditEntry, {
    actorId: null,
    actorRole: 'system',
    action: 'profile.notes.rotate_key',
    outcome: report.unreadable ? 'failure' : 'success',
    details: { ...report },
  });
  return report;
}

async function rotateColumn(
  dataSource: DataSource,
  encryption: EncryptionService,
  c: SealedColumn,
  report: NotesRotationReport,
  options: { batchSize?: number; log?: (line: string) => void },
): Promise<void> {
  const batchSize = options.batchSize ?? 200;
  // The key id is the second field of any fresh ciphertext: `v1:<keyId>:…`.
  const currentPrefix = `${encryption.encrypt('').split(':').slice(0, 2).join(':')}:`;
  let after: string[] | null = null;
  for (;;) {
    const done = await dataSource.transaction(async (manager) => {
      const rows: Record<string, string>[] = await manager.query(
        sealedBatchSql(c, after !== null),
        [`${currentPrefix}%`, batchSize, ...(after ?? [])],
      );
      if (!rows.length) return true;
      for (const row of rows) {
        report.examined++;
        let plaintext: string;
        try {
          plaintext = encryption.decrypt(row['sealed'], c.binding(row));
        } catch {
          report.unreadable++;
          continue;
        }
        await manager.query(resealSql(c), [
          encryption.encrypt(plaintext, c.binding(row)),
          ...c.key.map((k) => row[k]),
        ]);
        report.rotated++;
      }
      after = c.key.map((k) => rows[rows.length - 1][k]);
      report.batches++;
      return false;
    });
    if (done) break;
    options.log?.(`${c.name}, batch ${report.batches}: ${report.rotated} rotated, ${report.unreadable} unreadable`);
  }
}
