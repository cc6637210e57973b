import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Seeder } from '../common/seed/seeder';
import { builtinSeedSource } from './import/builtin-source';
import { escoDirectorySources, referenceFileSources, sharedDataOptions } from './import/esco-directory';
import { changedRows } from './import/import-summary';
import type { ReferenceSource } from './import/reference-records';
import { ReferenceImportService } from './import/reference-import.service';

export interface ReferenceSeedPlan {
  description: string;
  sources: ReferenceSource[];
}

/**
 * What the demo seed loads: the ESCO pack in ESCO_DIR (with the shared or built-in comuni),
 * else the full shared data (PONTE_SHARED_DATA, or ../shared/data beside the repository),
 * else the small built-in set.
 */
export function referenceSeedPlan(env: NodeJS.ProcessEnv, cwd: string): ReferenceSeedPlan {
  const sharedRoot = env['PONTE_SHARED_DATA'] || resolve(cwd, '../shared/data');
  const shared = sharedDataOptions(sharedRoot);
  const escoDir = env['ESCO_DIR'];
  if (escoDir) {
    const sources = escoDirectorySources(escoDir);
    const iscoIt = join(sharedRoot, 'esco', 'ISCOGroups_it_labels.csv');
    if (statSync(iscoIt, { throwIfNoEntry: false })) sources.push(...referenceFileSources({ iscoLabels: [iscoIt] }));
    sources.push(shared?.comuni ? referenceFileSources({ comuni: shared.comuni })[0] : builtinSeedSource({ comuniOnly: true }));
    return { description: `ESCO pack in ${escoDir}`, sources };
  }
  if (shared) return { description: `shared data in ${sharedRoot}`, sources: referenceFileSources(shared) };
  return { description: 'built-in reference set (28 occupations in Italian and English, their main skills and the hierarchy above them, 133 comuni)', sources: [builtinSeedSource()] };
}

/** Loads reference data once per distinct source: a later boot with the same files skips it. */
export const referenceSeeder: Seeder = {
  key: 'reference',
  after: [],
  name: 'reference data (ESCO, ISCO groups, comuni)',
  async run({ dataSource, log }) {
    const plan = referenceSeedPlan(process.env, process.cwd());
    const importer = new ReferenceImportService(dataSource);
    if (await importer.isCurrent(await importer.fingerprint(plan.sources))) {
      log(`already loaded: ${plan.description}`);
      return;
    }
    log(`loading ${plan.description}`);
    const summary = await importer.import(plan.sources);
    const c = summary.counts;
    log(
      `${c.skills.inserted + c.skills.unchanged} skills, ${c.occupations.inserted + c.occupations.unchanged} occupations, ` +
        `${c.comuni.inserted + c.comuni.unchanged} comuni; ${changedRows(summary)} rows changed in ${(summary.durationMs / 1000).toFixed(1)} s`,
    );
  },
};
