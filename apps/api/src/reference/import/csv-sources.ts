import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { EscoConceptKind } from '@ponte/persistence';
import type { ComuneRecord, ConceptRecord, ReferenceRecord, ReferenceSource, SummaryEntity } from './reference-records';

type Row = Record<string, string | undefined>;

export const CONCEPT_ENTITY: Record<EscoConceptKind, SummaryEntity> = {
  skill: 'skills',
  skill_group: 'skillGroups',
  occupation: 'occupations',
  isco_group: 'iscoGroups',
};

/**
 * Offset just past the last (or first) newline that ends a record, 0 if none: quotes in
 * RFC 4180 come in pairs (escaped ones are doubled), so a newline after an even number of
 * quotes is outside any field.
 */
export function recordEnd(text: string, which: 'first' | 'last'): number {
  let inQuotes = false;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes;
    else if (ch === 10 && !inQuotes) {
      end = i + 1;
      if (which === 'first') break;
    }
  }
  return end;
}

/**
 * Streams a CSV file (RFC 4180, quoted multi-line fields) as rows keyed by lower-cased header.
 * The file is read in chunks and each run of complete records goes through csv-parse's
 * synchronous parser: memory stays bounded, and it is several times quicker than one stream
 * event per record.
 */
async function* csvRows(file: string, onBytes: (bytes: number) => void): AsyncIterable<{ row: Row; index: number }> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  let pending = '';
  let columns: string[] | null = null;
  let index = 0;
  const parseRecords = function* (text: string): Generator<{ row: Row; index: number }> {
    if (!text) return;
    if (!columns) {
      const headerEnd = recordEnd(text, 'first') || text.length;
      const [header] = parse(text.slice(0, headerEnd), { bom: true }) as string[][];
      columns = header.map((h) => h.trim().toLowerCase());
      text = text.slice(headerEnd);
    }
    for (const row of parse(text, { columns, skip_empty_lines: true }) as Row[]) yield { row, index: ++index };
  };
  for await (const chunk of stream) {
    bytes += (chunk as Buffer).length;
    pending += decoder.write(chunk as Buffer);
    const end = recordEnd(pending, 'last');
    if (end > 0) {
      yield* parseRecords(pending.slice(0, end));
      pending = pending.slice(end);
    }
    onBytes(bytes);
  }
  pending += decoder.end();
  yield* parseRecords(pending);
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** ESCO altLabels hold one label per line (collections use " | "); both are accepted. */
export function splitLabels(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n|\s\|\s/)
    .map((label) => label.trim())
    .filter((label) => label.length > 0);
}

function csvSource(
  file: string,
  rows: (row: Row, where: string) => ReferenceRecord | null,
  snapshotOf?: ReferenceSource['snapshotOf'],
): ReferenceSource {
  const name = basename(file);
  return {
    name,
    snapshotOf,
    size: statSync(file).size,
    fingerprint: async () => `${name}:${await sha256File(file)}`,
    async *read(onBytes) {
      for await (const { row, index } of csvRows(file, onBytes)) {
        const record = rows(row, `${name} row ${index}`);
        if (record) yield record;
      }
    },
  };
}

/**
 * skills_xx.csv, occupations_xx.csv, skillGroups_xx.csv, ISCOGroups_xx.csv of any ESCO version.
 * `labelsOnly`: a language pack of another version, which only adds labels (see ConceptRecord).
 */
export function conceptFile(file: string, kind: EscoConceptKind, language: string, labelsOnly = false): ReferenceSource {
  const source = csvSource(file, (row, where) => {
    const uri = text(row['concepturi']);
    if (!uri) return { type: 'rejected', value: { entity: CONCEPT_ENTITY[kind], reason: 'missingUri', where } };
    const preferred = text(row['preferredlabel']);
    const concept: ConceptRecord = {
      uri,
      kind,
      code: text(row['code']),
      iscoGroup: kind === 'occupation' ? text(row['iscogroup']) : null,
      skillType: kind === 'skill' ? text(row['skilltype']) : null,
      reuseLevel: kind === 'skill' ? text(row['reuselevel']) : null,
      labels: [{ language, preferred, alternatives: splitLabels(row['altlabels']), complete: true }],
      labelsOnly,
    };
    return { type: 'concept', value: concept };
  });
  if (!labelsOnly) return source;
  // The same file adds different rows in this mode: its own name and fingerprint.
  return { ...source, name: `${source.name} (labels)`, fingerprint: async () => `labels:${await source.fingerprint()}` };
}

/** broaderRelationsSkillPillar.csv: conceptUri → broaderUri. */
export function broaderFile(file: string): ReferenceSource {
  return csvSource(
    file,
    (row, where) => {
      const skillUri = text(row['concepturi']);
      const broaderUri = text(row['broaderuri']);
      if (!skillUri || !broaderUri) return { type: 'rejected', value: { entity: 'skillBroader', reason: 'missingUri', where } };
      return { type: 'broader', value: { skillUri, broaderUri } };
    },
    'broader',
  );
}

/** occupationSkillRelations.csv: occupationUri, relationType essential|optional, skillUri. */
export function occupationSkillFile(file: string): ReferenceSource {
  return csvSource(
    file,
    (row, where) => {
      const occupationUri = text(row['occupationuri']);
      const skillUri = text(row['skilluri']);
      const relation = text(row['relationtype'])?.toLowerCase();
      if (!occupationUri || !skillUri) return { type: 'rejected', value: { entity: 'occupationSkills', reason: 'missingUri', where } };
      if (relation !== 'essential' && relation !== 'optional') {
        return { type: 'rejected', value: { entity: 'occupationSkills', reason: 'invalidRelationType', where } };
      }
      return { type: 'occupationSkill', value: { occupationUri, skillUri, relation } };
    },
    'occupationSkill',
  );
}

/**
 * ISCO group labels by language: columns `uri` (or conceptUri), `isco_code` (or code) and one
 * `label_xx` column per language, as in ISCOGroups_it_labels.csv.
 */
export function iscoLabelsFile(file: string): ReferenceSource {
  return csvSource(file, (row, where) => {
    const uri = text(row['uri'] ?? row['concepturi']);
    if (!uri) return { type: 'rejected', value: { entity: 'iscoGroups', reason: 'missingUri', where } };
    const labels = Object.entries(row)
      .filter(([column, value]) => /^label_[a-z]{2}$/.test(column) && text(value))
      .map(([column, value]) => ({ language: column.slice(6), preferred: text(value), alternatives: [], complete: false }));
    const code = text(row['isco_code'] ?? row['code']);
    return {
      type: 'concept',
      value: { uri, kind: 'isco_group', code, iscoGroup: null, skillType: null, reuseLevel: null, labels },
    };
  });
}

/** comuni CSV: istat_code,name,lat,lon[,population]. */
export function comuniFile(file: string): ReferenceSource {
  return csvSource(file, (row, where) => {
    const istatCode = text(row['istat_code']);
    const name = text(row['name']);
    const lat = Number(row['lat']);
    const lon = Number(row['lon']);
    const populationText = text(row['population']);
    const population = populationText === null ? null : Number(populationText);
    if (population !== null && !Number.isInteger(population)) return { type: 'rejected', value: { entity: 'comuni', reason: 'invalidComune', where } };
    if (!istatCode || !/^\d{6}$/.test(istatCode) || !name || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      return { type: 'rejected', value: { entity: 'comuni', reason: 'invalidComune', where } };
    }
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { type: 'rejected', value: { entity: 'comuni', reason: 'invalidComune', where } };
    const comune: ComuneRecord = { istatCode, name, lat, lon, population };
    return { type: 'comune', value: comune };
  });
}
