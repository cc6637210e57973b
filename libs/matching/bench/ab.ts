// A/B of two copies of the engine in one process, profile by profile, alternating which runs
// first: the shared cores' speed drifts too much between runs for separate runs to compare.
// `node libs/matching/bench/query.js --against <another copy of libs/matching> [--offers N --courses N
// --queries N --repeat N]`; the results of the last pass are compared too.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { locateSharedData, sharedEscoDir } from '../src/node';
import { generate, readSample } from './generate';
import { NOW, option } from './bench-options';

export function main(argv: string[]): void {
  const other = argv[argv.indexOf('--against') + 1];
  const offers = option(argv, 'offers', 160_000);
  const courses = option(argv, 'courses', 40_000);
  const queries = option(argv, 'queries', 400);
  const repeat = option(argv, 'repeat', 3);
  const shared = locateSharedData(__dirname);
  if (!shared) throw new Error('shared/data not found');
  // Each copy with its own taxonomy and catalogue: the modules are distinct.
  const engines = [join(__dirname, '..', 'src', 'lib'), join(other, 'src', 'lib')].map((dir) => {
    const taxonomy = require(join(dir, '..', 'node')).loadEscoTaxonomy(sharedEscoDir(shared));
    return { dir, taxonomy, cat: require(join(dir, 'catalogue')), ctx: require(join(dir, 'context')), rank: require(join(dir, 'rank')) };
  });
  const data = generate(readSample(shared), { profiles: queries, offers, courses });
  const prepared = engines.map((e) => {
    const ctx = e.ctx.createContext(NOW, { taxonomy: e.taxonomy });
    return { e, ctx, catalogue: e.cat.prepareCatalogue(data, ctx) };
  });
  const cpu = [0, 0];
  const times: number[][] = [[], []];
  let differ = 0;
  for (let pass = 0; pass < repeat; pass++) {
    data.profiles.forEach((p, q) => {
      const results: string[] = [];
      for (const k of q % 2 === 0 ? [0, 1] : [1, 0]) {
        const { e, ctx, catalogue } = prepared[k];
        const before = process.cpuUsage();
        const r = e.rank.rankForProfile(p, catalogue, ctx, { limit: 50 });
        const used = process.cpuUsage(before);
        if (pass > 0) cpu[k] += (used.user + used.system) / 1000;
        if (pass === repeat - 1) {
          times[k].push((used.user + used.system) / 1000);
          results[k] = JSON.stringify(r);
        }
      }
      if (pass === repeat - 1 && results[0] !== results[1]) differ++;
    });
  }
  const n = queries * (repeat - 1);
  const p95 = (t: number[]) => [...t].sort((a, b) => a - b)[Math.ceil(0.95 * t.length) - 1].toFixed(2);
  console.log(`this ${(cpu[0] / n).toFixed(3)} ms, other ${(cpu[1] / n).toFixed(3)} ms per profile (${((cpu[0] / cpu[1] - 1) * 100).toFixed(1)}%); p95 of the last pass ${p95(times[0])} against ${p95(times[1])} ms; results differ for ${differ}/${queries}; load ${loadavg()[0].toFixed(2)}`);
}
