// Benchmark of the matching engine against the naive baseline, on generated data of realistic
// shape. Prints a markdown report and writes it to reports/bench/matching.md.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { baselineRankForProfile } from '../test/baseline';
import { prepareCatalogue } from '../src/lib/catalogue';
import { createContext } from '../src/lib/context';
import { rankForProfile } from '../src/lib/rank';
import { loadEscoTaxonomy, locateSharedData, sharedEscoDir } from '../src/node';
import { recomputeAll } from './full';
import { NOW, option } from './bench-options';
import { generate, readSample } from './generate';

const REPORT = resolve(
  __dirname,
  '..',
  '..',
  '..',
  'reports',
  'bench',
  'matching.md',
);

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
    mean,
  };
}

const f = (x: number, digits = 1) =>
  x.toLocaleString('en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });

export async function main(argv: string[]): Promise<void> {
  const sizes = {
    profiles: option(argv, 'profiles', 10_000),
    offers: option(argv, 'offers', 16_000),
    courses: option(argv, 'courses', 4_000),
  };
  const queries = option(argv, 'queries', 200);
  const baselineSample = option(argv, 'baseline', 20);
  const threads = option(argv, 'threads', 2);
  // What the worker stores per profile (MatchPrecomputer: 50 offers and 50 courses).
  const top = 50;
  const shared = locateSharedData(__dirname);
  if (!shared)
    throw new Error(
      'shared/data not found beside the repository: set PONTE_SHARED_DATA',
    );
  const loadBefore = loadavg()[0];

  const taxonomy = timed(() => loadEscoTaxonomy(sharedEscoDir(shared)));
  const sample = readSample(shared);
  const data = timed(() => generate(sample, sizes));
  const ctx = createContext(NOW, { taxonomy: taxonomy.value });
  const catalogue = timed(() => prepareCatalogue(data.value, ctx));
  const { profiles } = data.value;
  log(
    `setup: ESCO ${f(taxonomy.ms, 0)} ms, data ${f(data.ms, 0)} ms, catalogue ${f(catalogue.ms, 0)} ms`,
  );

  // One profile against all offers and courses, top 50 of each with explanations.
  for (const p of profiles.slice(0, 20))
    rankForProfile(p, catalogue.value, ctx, { limit: 50 });
  const sampleProfiles = profiles.slice(0, Math.min(queries, profiles.length));
  const engineTimes: number[] = [];
  const engineCpuTimes: number[] = [];
  let passedPairs = 0;
  for (const p of sampleProfiles) {
    const cpu = process.cpuUsage();
    const r = timed(() =>
      rankForProfile(p, catalogue.value, ctx, { limit: 50 }),
    );
    const used = process.cpuUsage(cpu);
    engineCpuTimes.push((used.user + used.system) / 1000);
    engineTimes.push(r.ms);
    passedPairs += r.value.passed.offers + r.value.passed.courses;
  }
  const engine = summary(engineTimes);
  const engineCpu = summary(engineCpuTimes);
  log(
    `one profile: median ${f(engine.median, 2)} ms, p95 ${f(engine.p95, 2)} ms`,
  );

  // The baseline on a sample of the same profiles; its results must be identical.
  const baselineTimes: number[] = [];
  let identical = 0;
  for (const p of profiles.slice(0, baselineSample)) {
    const r = timed(() =>
      baselineRankForProfile(p, data.value, ctx, { limit: 50 }),
    );
    baselineTimes.push(r.ms);
    const mine = rankForProfile(p, catalogue.value, ctx, { limit: 50 });
    if (JSON.stringify(mine) === JSON.stringify(r.value)) identical++;
  }
  const baseline = summary(baselineTimes);
  log(
    `baseline: median ${f(baseline.median, 0)} ms per profile, identical ${identical}/${baselineSample}`,
  );

  // Full recomputation: every profile against every offer and course, top K kept with explanations.
  const full = await recomputeAll(shared, NOW, data.value, threads, top);
  const cpuMs = full.cpuMs;
  const matches = full.threads.reduce((a, t) => a + t.matches, 0);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const fullBaselineS = (baseline.mean * profiles.length) / threads / 1000;
  log(
    `full: ${f(full.wallMs / 1000)} s on ${threads} threads, peak RSS ${f(peakRssMb, 0)} MB`,
  );

  const report = `# Matching benchmark

Generated ${new Date().toISOString()} by \`nx run matching:bench\` (libs/matching/bench).
Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; load average
${f(loadBefore, 2)} when the run started and ${f(loadavg()[0], 2)} at the end (other work shares the cores,
so wall times are upper bounds; CPU times are given too).

## Data (generated, seed 42)

${f(sizes.profiles, 0)} profiles, ${f(sizes.offers, 0)} offers and ${f(sizes.courses, 0)} courses. Skills come from the
ESCO v1.1.1 essential and optional relations of ${f(sample.occupations.length, 0)} occupations (demand
Zipf-distributed over them); comuni from the 133 of the Città metropolitana di Milano weighted by
population; shifts, hours, seats, deadlines, languages, EQF, contracts, accommodations, exclusion
areas (30% of profiles) and blocked organisations (10%) at random.
Setup: ESCO taxonomy ${f(taxonomy.ms, 0)} ms, generation ${f(data.ms, 0)} ms, catalogue preparation
${f(catalogue.ms, 0)} ms (once per catalogue version).

## One profile against ${f(sizes.offers + sizes.courses, 0)} offers and courses

Prepared catalogue; each query prepares the profile, filters and scores everything, and returns the
top 50 offers and top 50 courses with full explanations (course explanations include the offers
each course unlocks). ${sampleProfiles.length} profiles after 20 warm-up queries; on average
${f(passedPairs / sampleProfiles.length, 0)} offers and courses per profile pass the hard filters.

| implementation | median ms | p95 ms | max ms | mean ms |
|---|---:|---:|---:|---:|
| engine (indexed), wall | ${f(engine.median, 2)} | ${f(engine.p95, 2)} | ${f(engine.max, 2)} | ${f(engine.mean, 2)} |
| engine (indexed), CPU time of the query | ${f(engineCpu.median, 2)} | ${f(engineCpu.p95, 2)} | ${f(engineCpu.max, 2)} | ${f(engineCpu.mean, 2)} |
| baseline (naive, ${baselineSample} profiles) | ${f(baseline.median, 1)} | ${f(baseline.p95, 1)} | ${f(baseline.max, 1)} | ${f(baseline.mean, 1)} |

Wall time includes the time other processes held the cores; the CPU time of each query
(getrusage) is what it costs on a core of its own. Speed-up ${f(baseline.mean / engine.mean, 0)}x on the mean. The baseline and the engine returned identical
results (ranking, scores, explanations, filter counts) for ${identical} of ${baselineSample} profiles.

## All matches: ${f(sizes.profiles, 0)} profiles x ${f(sizes.offers + sizes.courses, 0)} offers and courses

Top ${top} offers and top ${top} courses per profile, with explanations, streamed per profile
(what the worker persists); ${threads} worker threads, each with its own taxonomy and catalogue.

| implementation | wall s | CPU s | peak RSS MB |
|---|---:|---:|---:|
| engine | ${f(full.wallMs / 1000)} | ${f(cpuMs / 1000)} | ${f(peakRssMb, 0)} |
| baseline, **estimated** (mean of ${baselineSample} profiles x ${f(sizes.profiles, 0)} / ${threads} threads) | ${f(fullBaselineS, 0)} | | |

${f(matches, 0)} matches kept. Peak RSS is the whole benchmark process (main thread with the data,
taxonomy and baseline sample, plus ${threads} worker threads with their own copies); the JS heap of
each worker thread after its run: ${full.threads.map((t) => `${f(t.heapMb, 0)} MB`).join(', ')}.
Speed-up of the full recomputation over the estimated baseline: ${f(fullBaselineS / (full.wallMs / 1000), 0)}x.

Goals (issue 6): one profile < 10 ms p95 — wall ${engine.p95 < 10 ? 'met' : 'NOT met'}, CPU ${engineCpu.p95 < 10 ? 'met' : 'NOT met'}; full recomputation < 60 s —
${full.wallMs < 60_000 ? 'met' : 'NOT met'}; at least 10x the baseline — ${baseline.mean / engine.mean >= 10 ? 'met' : 'NOT met'}.
`;
  mkdirSync(join(REPORT, '..'), { recursive: true });
  writeFileSync(REPORT, report);
  process.stdout.write(`\n${report}\nwritten to ${REPORT}\n`);
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
