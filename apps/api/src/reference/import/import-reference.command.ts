import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ReferenceInputError, referenceFileSources } from './esco-directory';
import { terminalProgress } from './import-progress';
import { formatSummary } from './import-summary';
import { ReferenceImportService } from './reference-import.service';

export const IMPORT_REFERENCE_USAGE = `import-reference --esco DIR [--esco DIR2 ...] [--esco-labels DIR] [--language xx] [--isco-it FILE] [--comuni FILE]
  --esco DIR      a folder of an official ESCO CSV download (any version, any language); repeatable
  --esco-labels DIR  a language pack of another ESCO version: adds its labels to the concepts the
                  --esco packs (or earlier imports) loaded, keeps their codes and relations; repeatable
  --language xx   language of ESCO files whose names carry none (skills.csv instead of skills_it.csv)
  --isco-it FILE  ISCO group labels (isco_code,uri,label_it,label_en); repeatable
  --comuni FILE   comuni CSV (istat_code,name,lat,lon,population)`;

/** `import-reference`: loads the given reference files and prints the summary table. */
export async function importReferenceCommand(dataSource: DataSource, argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        esco: { type: 'string', multiple: true },
        'esco-labels': { type: 'string', multiple: true },
        language: { type: 'string' },
        'isco-it': { type: 'string', multiple: true },
        comuni: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ReferenceInputError(`${(error as Error).message}\nUsage: ${IMPORT_REFERENCE_USAGE}`);
  }
  const sources = referenceFileSources({
    esco: values.esco,
    escoLabels: values['esco-labels'],
    language: values.language,
    iscoLabels: values['isco-it'],
    comuni: values.comuni,
  });
  if (sources.length === 0) throw new ReferenceInputError(`Nothing to import.\nUsage: ${IMPORT_REFERENCE_USAGE}`);
  const progress = terminalProgress();
  try {
    const summary = await new ReferenceImportService(dataSource).import(sources, { onProgress: progress.onProgress });
    progress.done();
    console.log(formatSummary(summary));
  } catch (error) {
    progress.done();
    throw error;
  }
}
