import type { QueryRunner } from 'typeorm';
import { genderForms } from './gender-forms';
import type { BroaderRecord, ComuneRecord, ConceptRecord, OccupationSkillRecord } from './reference-records';
import { CREATE_STAGING_SQL, STAGE_BROADER_SQL, STAGE_COMUNI_SQL, STAGE_CONCEPTS_SQL, STAGE_LABELS_SQL, STAGE_OCCUPATION_SKILLS_SQL } from './reference-staging.sql';

const BATCH = 5000;

/**
 * Temporary tables (dropped at commit) that receive every record as read. Rows are sent in
 * batches as arrays (one `unnest` INSERT per 5,000 rows), which is much cheaper than row-wise
 * inserts; the merge into the real tables then happens set-wise in SQL.
 */
export class ReferenceStaging {
  private seq = 0;
  private concepts: (ConceptRecord & { seq: number })[] = [];
  private labels: { uri: string; language: string; label: string; kind: string; complete: boolean; seq: number }[] = [];
  private broader: BroaderRecord[] = [];
  private occupationSkills: OccupationSkillRecord[] = [];
  private comuni: ComuneRecord[] = [];
  /** Labels staged, for the summary's "read". */
  labelsRead = 0;

  constructor(private readonly runner: QueryRunner) {}

  async create(): Promise<void> {
    for (const sql of CREATE_STAGING_SQL) await this.runner.query(sql);
  }

  /** A batch is ready to be sent. */
  get full(): boolean {
    return (
      this.concepts.length >= BATCH ||
      this.labels.length >= BATCH * 4 ||
      this.broader.length >= BATCH ||
      this.occupationSkills.length >= BATCH ||
      this.comuni.length >= BATCH
    );
  }

  /** Stages a concept and its labels; a title naming both genders also gives each form alone (gender-forms.ts). */
  addConcept(concept: ConceptRecord): void {
    const seq = ++this.seq;
    this.concepts.push({ ...concept, seq });
    for (const set of concept.labels) {
      const language = set.language.toLowerCase();
      if (set.preferred) this.labels.push({ uri: concept.uri, language, label: set.preferred, kind: 'preferred', complete: set.complete, seq });
      const alternatives = new Set([
        ...(set.preferred ? genderForms(set.preferred, concept.kind === 'occupation') : []),
        ...set.alternatives.flatMap((label) => [label, ...genderForms(label, false)]),
      ]);
      for (const label of alternatives) {
        if (label !== set.preferred) this.labels.push({ uri: concept.uri, language, label, kind: 'alternative', complete: set.complete, seq });
      }
    }
  }

  addBroader(record: BroaderRecord): void {
    this.broader.push(record);
  }

  addOccupationSkill(record: OccupationSkillRecord): void {
    this.occupationSkills.push(record);
  }

  addComune(record: ComuneRecord): void {
    this.comuni.push(record);
  }

  async flush(): Promise<void> {
    await this.flushConcepts();
    await this.flushBroader();
    await this.flushOccupationSkills();
    await this.flushComuni();
  }

  private async flushConcepts(): Promise<void> {
    const concepts = this.concepts.splice(0);
    const labels = this.labels.splice(0);
    this.labelsRead += labels.length;
    if (concepts.length > 0) {
      await this.runner.query(
        STAGE_CONCEPTS_SQL,
        [
          concepts.map((c) => c.seq),
          concepts.map((c) => c.uri),
          concepts.map((c) => c.kind),
          concepts.map((c) => c.code),
          concepts.map((c) => c.iscoGroup),
          concepts.map((c) => c.skillType),
          concepts.map((c) => c.reuseLevel),
          concepts.map((c) => c.labelsOnly ?? false),
        ],
      );
    }
    if (labels.length > 0) {
      await this.runner.query(
        STAGE_LABELS_SQL,
        [
          labels.map((l) => l.seq),
          labels.map((l) => l.uri),
          labels.map((l) => l.language),
          labels.map((l) => l.label),
          labels.map((l) => l.kind),
          labels.map((l) => l.complete),
        ],
      );
    }
  }

  private async flushBroader(): Promise<void> {
    const rows = this.broader.splice(0);
    if (rows.length === 0) return;
    await this.runner.query(STAGE_BROADER_SQL, [
      rows.map((r) => r.skillUri),
      rows.map((r) => r.broaderUri),
    ]);
  }

  private async flushOccupationSkills(): Promise<void> {
    const rows = this.occupationSkills.splice(0);
    if (rows.length === 0) return;
    await this.runner.query(STAGE_OCCUPATION_SKILLS_SQL, [
      rows.map((r) => r.occupationUri),
      rows.map((r) => r.skillUri),
      rows.map((r) => r.relation),
    ]);
  }

  private async flushComuni(): Promise<void> {
    const rows = this.comuni.splice(0);
    if (rows.length === 0) return;
    await this.runner.query(
      STAGE_COMUNI_SQL,
      [rows.map((r) => r.istatCode), rows.map((r) => r.name), rows.map((r) => r.lat), rows.map((r) => r.lon), rows.map((r) => r.population)],
    );
  }
}
