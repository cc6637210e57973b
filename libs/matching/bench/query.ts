// One profile at a time against a generated catalogue, CPU time per query only (no full
// recomputation, no report): the quick measure while working on the engine. Options: --offers N
// --courses N --queries N --repeat N (passes over the same profiles; the figures are the last
// pass's) --check N (profiles compared with the baseline) --slowest N (print their ids).

import { loadavg } from 'node:os';
import { baselineRankForProfile } from '../test/baseline';
import { prepareCatalogue } from '../src/lib/catalogue';
import { createContext } from '../src/lib/context';
import { rankForProfile } from '../src/lib/rank';
import { loadEscoTaxonomy, locateSharedData, sharedEscoDir } from '../src/node';
import { generate, readSample } from './generate';
import { NOW, option } from './bench-options';

export function main(argv: string[]): void {
  const offers = option(argv, 'offers', 160_000);
  const courses = option(argv, 'courses', 40_000);
  const queries = option(argv, 'queries', 400);
  const repeat = option(argv, 'repeat', 2);
  const check = option(argv, 'check', 0);
  const slowest = option(argv, 'slowest', 0);
  const shared = locateSharedData(__dirname);
  if (!shared) throw new Error('shared/data not found');
  const taxonomy = loadEscoTaxonomy(sharedEscoDir(shared));
  const data = generate(readSample(shared), { profiles: queries, offers, courses });
  const ctx = createContext(NOW, { taxonomy });
  const catalogue = prepareCatalogue(data, ctx);
  const cpuMs: number[] = new Array(queries).fill(0);
  for (let pass = 0; pass < repeat; pass++) {
    data.profiles.forEach((p, q) => {
      const cpu = process.cpuUsage();
      rankForProfile(p, catalogue, ctx, { limit: 50 });
      const used = process.cpuUsage(cpu);
      cpuMs[q] = (used.user + used.system) / 1000;
    });
  }
  const sorted = [...cpuMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const mean = cpuMs.reduce((a, b) => a + b, 0) / cpuMs.length;
  console.log(
    `${offers + courses} listings, ${queries} profiles: CPU ms median ${at(0.5).toFixed(2)} p95 ${at(0.95).toFixed(2)} max ${sorted[sorted.length - 1].toFixed(2)} mean ${mean.toFixed(2)}; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
  );
  if (slowest > 0) {
    const ids = cpuMs.map((ms, q) => [ms, q]).sort((a, b) => b[0] - a[0]).slice(0, slowest);
    console.log('slowest:', ids.map(([ms, q]) => `${q}:${ms.toFixed(1)}`).join(' '));
  }
  let identical = 0;
  for (const p of data.profiles.slice(0, check)) {
    const mine = rankForProfile(p, catalogue, ctx, { limit: 50 });
    const theirs = baselineRankForProfile(p, data, ctx, { limit: 50 });
    if (JSON.stringify(mine) === JSON.stringify(theirs)) identical++;
    else console.log(`DIFFERENT: ${p.id}`);
  }
  if (check > 0) console.log(`identical to the baseline: ${identical}/${check}`);
}
