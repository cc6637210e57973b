import type { QueryRunner } from 'typeorm';
import { genderForms } from './gender-forms';
import type { BroaderRecord, ComuneRecord, ConceptRecord, OccupationSkillRecord } from './reference-records';

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
    const temp = (sql: string) => this.runner.query(`CREATE TEMP TABLE ${sql} ON COMMIT DROP`);
    await temp('stage_concepts (seq int, uri text, kind text, code text, isco_group text, skill_type text, reuse_level text, labels_only boolean)');
    await temp('stage_labels (seq int, uri text, language text, label text, label_kind text, complete boolean)');
    await temp('stage_broader (skill_uri text, broader_uri text)');
    await temp('stage_occupation_skills (occupation_uri text, skill_uri text, relation text)');
    await temp('stage_comuni (istat_code text, name text, lat float8, lon float8, population int)');
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
        `INSERT INTO stage_concepts (seq, uri, kind, code, isco_group, skill_type, reuse_level, labels_only)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[])`,
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
        `INSERT INTO stage_labels (seq, uri, language, label, label_kind, complete)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[])`,
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
    await this.runner.query('INSERT INTO stage_broader SELECT * FROM unnest($1::text[], $2::text[])', [
      rows.map((r) => r.skillUri),
      rows.map((r) => r.broaderUri),
    ]);
  }

  private async flushOccupationSkills(): Promise<void> {
    const rows = this.occupationSkills.splice(0);
    if (rows.length === 0) return;
    await this.runner.query('INSERT INTO stage_occupation_skills SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
      rows.map((r) => r.occupationUri),
      rows.map((r) => r.skillUri),
      rows.map((r) => r.relation),
    ]);
  }

  private async flushComuni(): Promise<void> {
    const rows = this.comuni.splice(0);
    if (rows.length === 0) return;
    await this.runner.query(
      'INSERT INTO stage_comuni SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::int[])',
      [rows.map((r) => r.istatCode), rows.map((r) => r.name), rows.map((r) => r.lat), rows.map((r) => r.lon), rows.map((r) => r.population)],
    );
  }
}
