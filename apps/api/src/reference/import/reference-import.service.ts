import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CONCEPT_ENTITY } from './csv-sources';
import { emptyCounts, ImportSummary } from './import-summary';
import { ReferenceMerge } from './reference-merge';
import type { ReferenceSource } from './reference-records';
import { ReferenceStaging } from './reference-staging';
import {
  IMPORT_MAINTENANCE_WORK_MEM_SQL,
  IMPORT_WORK_MEM_SQL,
  LAST_FINGERPRINT_SQL,
  LOCK_IMPORT_SQL,
  NO_STATEMENT_TIMEOUT_SQL,
  RECORD_IMPORT_SQL,
  VACUUM_REFERENCE_SQL,
} from './reference-import.sql';

/** Bump when the import logic changes what it stores, so seeded databases reload. */
const IMPORT_LOGIC_VERSION = 'reference-import/2';

export interface ImportProgress {
  /** 'read' while streaming source `index` of `count`; 'merge' for each database step. */
  phase: 'read' | 'merge';
  source: string;
  index: number;
  count: number;
  bytes: number;
  size: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Loads reference data (ESCO packs in any language, ISCO labels, comuni) into PostgreSQL in
 * one transaction: stream every source into temporary tables, then merge set-wise. Used by
 * the `import-reference` CLI command, the demo seeder and the tests.
 */
@Injectable()
export class ReferenceImportService {
  constructor(private readonly dataSource: DataSource) {}

  /** sha256 over the import logic version and each source's name and content hash. */
  async fingerprint(sources: ReferenceSource[]): Promise<string> {
    const hash = createHash('sha256').update(IMPORT_LOGIC_VERSION);
    for (const source of sources) hash.update(`\n${await source.fingerprint()}`);
    return hash.digest('hex');
  }

  /** Whether the last successful import had this fingerprint (nothing would change). */
  async isCurrent(fingerprint: string): Promise<boolean> {
    const [last] = await this.dataSource.query(LAST_FINGERPRINT_SQL);
    return last?.fingerprint === fingerprint;
  }

  async import(sources: ReferenceSource[], options: ImportOptions = {}): Promise<ImportSummary> {
    const started = new Date();
    const fingerprint = await this.fingerprint(sources);
    const counts = emptyCounts();
    const examples: Record<string, string[]> = {};
    const progress = (p: Omit<ImportProgress, 'count'>) => options.onProgress?.({ ...p, count: sources.length });
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // The full pack takes longer than the API's per-statement timeout; one import at a time.
      await runner.query(NO_STATEMENT_TIMEOUT_SQL);
      // Room for the merges' hash joins and for folding the trigram index's pending entries.
      await runner.query(IMPORT_WORK_MEM_SQL);
      await runner.query(IMPORT_MAINTENANCE_WORK_MEM_SQL);
      await runner.query(LOCK_IMPORT_SQL);
      const staging = new ReferenceStaging(runner);
      await staging.create();
      // One batch travels to PostgreSQL while the next is parsed.
      let inFlight: Promise<void> = Promise.resolve();
      for (const [index, source] of sources.entries()) {
        progress({ phase: 'read', source: source.name, index, bytes: 0, size: source.size });
        for await (const record of source.read((bytes) => progress({ phase: 'read', source: source.name, index, bytes, size: source.size }))) {
          switch (record.type) {
            case 'concept':
              counts[CONCEPT_ENTITY[record.value.kind]].read++;
              staging.addConcept(record.value);
              break;
            case 'broader':
              counts.skillBroader.read++;
              staging.addBroader(record.value);
              break;
            case 'occupationSkill':
              counts.occupationSkills.read++;
              staging.addOccupationSkill(record.value);
              break;
            case 'comune':
              counts.comuni.read++;
              staging.addComune(record.value);
              break;
            case 'rejected': {
              const { entity, reason, where } = record.value;
              counts[entity].read++;
              counts[entity].skipped[reason] = (counts[entity].skipped[reason] ?? 0) + 1;
              examples[reason] = [...(examples[reason] ?? []), where].slice(0, 3);
              break;
            }
          }
          if (staging.full) {
            await inFlight;
            inFlight = staging.flush();
            // Marked handled now; the error still surfaces at the next await.
            inFlight.catch(() => undefined);
          }
        }
      }
      await inFlight;
      await staging.flush();
      counts.labels.read = staging.labelsRead;

      const merge = new ReferenceMerge(runner, counts, examples);
      const steps: [string, () => Promise<void>][] = [
        ['comuni', () => merge.comuni()],
        ['concepts', () => merge.concepts()],
        ['labels', () => merge.labels()],
        ['label words', () => merge.labelWords()],
        ['skill hierarchy', () => merge.broader(sources.some((s) => s.snapshotOf === 'broader'))],
        ['skill ancestors', () => merge.ancestors()],
        ['occupation skills', () => merge.occupationSkills(sources.some((s) => s.snapshotOf === 'occupationSkill'))],
      ];
      for (const [index, [name, step]] of steps.entries()) {
        options.onProgress?.({ phase: 'merge', source: name, index, count: steps.length, bytes: index, size: steps.length });
        await step();
      }
      const summary: ImportSummary = {
        fingerprint,
        sources: sources.map((s) => s.name),
        durationMs: Date.now() - started.getTime(),
        counts,
        skippedExamples: examples,
      };
      await runner.query(RECORD_IMPORT_SQL, [
        fingerprint,
        JSON.stringify(summary.sources),
        JSON.stringify(summary),
        started,
      ]);
      await runner.commitTransaction();
      // Fresh statistics (or the planner ignores the new indexes right after a first import), a
      // current visibility map (index-only prefix scans) and an empty GIN pending list.
      await runner.query(VACUUM_REFERENCE_SQL);
      return summary;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}

