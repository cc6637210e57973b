import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReferenceStatusView } from './dto/reference-views';
import { changedRows, type ImportSummary } from './import/import-summary';
import { ReferenceCache } from './reference-cache';
import { CONCEPT_COUNTS_SQL, LABEL_COUNTS_SQL, LAST_IMPORTS_SQL, RELATION_COUNTS_SQL } from './reference-status.sql';

const KINDS = { skill: 'skills', skill_group: 'skillGroups', occupation: 'occupations', isco_group: 'iscoGroups' } as const;
type Kind = keyof typeof KINDS;
/** Imports listed, newest first. */
const IMPORTS_SHOWN = 10;

/**
 * What reference data is loaded, for the coordinator: concepts by kind, and per language how
 * many of them have a label in it (the rest show in English), relations, comuni, and the last
 * imports with the packs they read. Derived from the reference tables only: cached until the next import.
 */
@Injectable()
export class ReferenceStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ReferenceCache,
  ) {}

  status(): Promise<ReferenceStatusView> {
    return this.cache.get('status', () => this.load());
  }

  private async load(): Promise<ReferenceStatusView> {
    const concepts: { kind: Kind; count: number }[] = await this.dataSource.query(
      CONCEPT_COUNTS_SQL,
    );
    const labels: { language: string; kind: Kind; concepts: number; labels: number }[] = await this.dataSource.query(LABEL_COUNTS_SQL);
    const [relations]: { occupation_skills: number; skill_broader: number; comuni: number }[] = await this.dataSource.query(RELATION_COUNTS_SQL);
    const imports: { finished_at: Date; summary: ImportSummary }[] = await this.dataSource.query(
      LAST_IMPORTS_SQL,
      [IMPORTS_SHOWN],
    );
    const perKind = () => ({ skills: 0, skillGroups: 0, occupations: 0, iscoGroups: 0 });
    const totals = perKind();
    for (const row of concepts) totals[KINDS[row.kind]] = row.count;
    const languages = new Map<string, ReferenceStatusView['languages'][number]>();
    for (const row of labels) {
      const language = row.language.trim();
      const entry = languages.get(language) ?? { language, concepts: perKind(), labels: 0 };
      entry.concepts[KINDS[row.kind]] = row.concepts;
      entry.labels += row.labels;
      languages.set(language, entry);
    }
    return {
      concepts: totals,
      occupationSkills: relations.occupation_skills,
      skillBroader: relations.skill_broader,
      comuni: relations.comuni,
      languages: [...languages.values()].sort((a, b) => b.labels - a.labels),
      imports: imports.map((i) => ({
        finishedAt: new Date(i.finished_at).toISOString(),
        sources: i.summary.sources ?? [],
        changedRows: i.summary.counts ? changedRows(i.summary) : 0,
        durationMs: i.summary.durationMs ?? 0,
      })),
    };
  }
}
