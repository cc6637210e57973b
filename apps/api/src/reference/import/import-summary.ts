import type { SummaryEntity } from './reference-records';

export interface ImportCounts {
  /** Rows read from the sources (a concept in two language packs is read twice). */
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Stored rows a complete source no longer lists (labels, relations, closure). */
  removed: number;
  /** Rows not loaded, by reason code. */
  skipped: Record<string, number>;
}

export interface ImportSummary {
  fingerprint: string;
  sources: string[];
  durationMs: number;
  counts: Record<SummaryEntity, ImportCounts>;
  /** Up to three examples (file:line or URI) per skip reason. */
  skippedExamples: Record<string, string[]>;
}

export const SUMMARY_ENTITIES: SummaryEntity[] = [
  'comuni',
  'skills',
  'skillGroups',
  'occupations',
  'iscoGroups',
  'labels',
  'skillBroader',
  'skillAncestors',
  'occupationSkills',
];

export function emptyCounts(): Record<SummaryEntity, ImportCounts> {
  return Object.fromEntries(
    SUMMARY_ENTITIES.map((entity) => [entity, { read: 0, inserted: 0, updated: 0, unchanged: 0, removed: 0, skipped: {} }]),
  ) as Record<SummaryEntity, ImportCounts>;
}

export const changedRows = (summary: ImportSummary): number =>
  SUMMARY_ENTITIES.reduce((sum, e) => sum + summary.counts[e].inserted + summary.counts[e].updated + summary.counts[e].removed, 0);

const SKIP_REASONS: Record<string, string> = {
  unknownOccupation: 'occupation not in any loaded pack',
  unknownSkill: 'skill not in any loaded pack',
  unknownConcept: 'concept not in any loaded pack',
  notInBasePack: 'only in a labels-only pack (absent from the base ESCO version): its labels are not loaded',
  missingUri: 'row without a URI',
  invalidRelationType: 'relation type not essential/optional',
  invalidComune: 'bad ISTAT code or coordinates',
  selfReference: 'concept broader than itself',
};

/** The summary as a fixed-width table plus the skip reasons, for the terminal. */
export function formatSummary(summary: ImportSummary): string {
  const header = ['', 'read', 'inserted', 'updated', 'unchanged', 'removed', 'skipped'];
  const rows = SUMMARY_ENTITIES.map((entity) => {
    const c = summary.counts[entity];
    const skipped = Object.values(c.skipped).reduce((a, b) => a + b, 0);
    return [entity, c.read, c.inserted, c.updated, c.unchanged, c.removed, skipped].map(String);
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  for (const entity of SUMMARY_ENTITIES) {
    for (const [reason, count] of Object.entries(summary.counts[entity].skipped)) {
      const examples = summary.skippedExamples[reason]?.join(', ') ?? '';
      out.push(`skipped ${entity}: ${count} × ${SKIP_REASONS[reason] ?? reason}${examples ? ` (e.g. ${examples})` : ''}`);
    }
  }
  const changed = changedRows(summary);
  out.push(`${changed === 0 ? '0 changed' : `${changed} changed`} · ${(summary.durationMs / 1000).toFixed(1)} s`);
  return out.join('\n');
}
