/** reports/bench/scale.md from the figures scale.bench.ts kept per size (scale-<size>.json). */
import type { SizeFigures } from './scale-figures';
import type { RunFigures } from './scale-run';

const GOALS = { fullWithTwoS: 15 * 60, peakRssMiB: 3 * 1024, oneProfileP95Ms: 20 };

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const min = (s: number) => `${fmt(s)} s (${(s / 60).toFixed(1)} min)`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/**
 * A run's wall time for the whole plan: measured when every partition ran; for a sample, one
 * catalogue compilation plus the rest scaled by the profiles (a projection, said so in the report).
 */
export function fullWallS(f: SizeFigures, r: RunFigures): { seconds: number; projected: boolean } {
  // Figures kept before sampling existed have no plan: every partition ran.
  if (!r.planned || r.partitions >= r.planned) return { seconds: r.wallS, projected: false };
  const compile = Math.min(f.oneProfile.compileS, r.wallS);
  return { seconds: compile + ((r.wallS - compile) * (r.plannedProfiles ?? r.profiles)) / Math.max(1, r.profiles), projected: true };
}
const wallOf = (f: SizeFigures, r: RunFigures) => {
  const full = fullWallS(f, r);
  return full.projected ? `${min(full.seconds)} projected` : min(full.seconds);
};
const last0 = (runs: RunFigures[]) => runs[runs.length - 1];
/** The whole plan's wall time on an idle 2-core machine, from the CPU the run used (the engine is one thread per worker). */
function idleEstimateS(r: RunFigures): number {
  const scale = r.plannedProfiles ? r.plannedProfiles / Math.max(1, r.profiles) : 1;
  const perWorker = r.workerCpuS / r.workers;
  return Math.max(perWorker, (r.workerCpuS + r.postgresCpuS) / 2) * scale;
}
const matchesMiB = (f: SizeFigures) => {
  const last = f.runs.at(-1);
  return last?.planned && last.partitions < last.planned ? (f.tables.matchesMiB * (last.plannedProfiles ?? last.profiles)) / Math.max(1, last.profiles) : f.tables.matchesMiB;
};

function sizeSection(f: SizeFigures): string[] {
  const { size, runs, tables, oneProfile: one } = f;
  const lines = [
    `## ${size.label}: ${fmt(size.profiles)} profiles × ${fmt(size.offers + size.courses)} offers and courses`,
    '',
    `Measured ${f.at}; load average ${f.loadAverage[0].toFixed(1)} at the start, ${f.loadAverage[1].toFixed(1)} at the end; machine reference ${f.machineReferenceMs} ms`,
    `(machine.ts: the same task measured 2.5× apart within a day on these shared cores). Data generated in ${fmt(f.generateS)} s and written in`,
    `${fmt(f.insertS)} s; ${fmt(f.openListings)} listings open. Each run starts from empty match tables, so every row is computed and written.`,
    '',
    '| worker processes | partitions run / planned | profiles | wall | profiles/s | first partition done | whole plan | peak RSS per worker, MiB | partitions per worker | CPU workers / PostgreSQL, s | machine busy |',
    '|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|',
    ...runs.map(
      (r) =>
        `| ${r.workers} | ${r.partitions} / ${r.planned || r.partitions} | ${fmt(r.profiles)} | ${min(r.wallS)} | ${r.profilesPerSecond.toFixed(1)} | ${r.firstPartitionS === null ? '-' : `${fmt(r.firstPartitionS)} s`} | ${wallOf(f, r)} | ${r.peakRssMiB.map(fmt).join(', ')} | ${r.partitionsByWorker.join(', ')} | ${fmt(r.workerCpuS)} / ${fmt(r.postgresCpuS)} | ${r.machineBusy}% |`,
    ),
    '',
  ];
  lines.push(
    'CPU per profile (workers + their PostgreSQL backends), which other work on the machine does not inflate the way it inflates wall time: ' +
      runs.map((r) => `${r.workers} process(es) ${((1000 * (r.workerCpuS + r.postgresCpuS)) / Math.max(1, r.profiles)).toFixed(1)} ms`).join(', ') +
      '. On an idle two-core machine a run would take about max(one worker\'s CPU, all CPU / 2): ' +
      runs.map((r) => `${r.workers} process(es) ~${min(idleEstimateS(r))} for the whole plan`).join(', ') +
      ' (an estimate from CPU time, not a measurement).',
    '',
  );
  // Figures kept before partitions reported their times have none.
  if (runs.every((r) => r.loadS !== undefined)) lines.push(
    'Where a partition\'s time went, summed over partitions (s): ' +
      runs.map((r) => `${r.workers} process(es): loading ${fmt(r.loadS ?? 0)}, engine ${fmt(r.rankS ?? 0)}, storing ${fmt(r.storeS ?? 0)} (overlaps the engine of the next batch)`).join('; ') +
      `. Rows stored: ${fmt(last0(runs).rowsStored)}.`,
    '',
  );
  if (runs.some((r) => r.planned && r.partitions < r.planned)) {
    lines.push(
      'Only a sample of the partitions ran (`--sample-partitions`), spread over the plan, on the whole data set and catalogue: the whole plan\'s',
      'time is **projected** as one catalogue compilation plus the sample\'s remaining time scaled to every profile (partitions are alike and',
      'independent). Memory, the compilation and one profile\'s latency are measured at full size.',
      '',
    );
  }
  const one1 = runs.find((r) => r.workers === 1);
  const two = runs.find((r) => r.workers === 2);
  if (one1 && two) lines.push(`Two processes against one: ${(two.profilesPerSecond / one1.profilesPerSecond).toFixed(2)}× the profiles per second (two cores, shared with PostgreSQL and the other agents on this machine).`, '');
  const last = runs.at(-1);
  if (last?.progress) {
    const p = last.progress;
    lines.push(
      `The parent job's own progress at the end (what GET /api/jobs/recomputations shows): ${p.partitions.done}/${p.partitions.total} partitions, ${fmt(p.profiles.done)} profiles,`,
      `${p.profilesPerSecond ?? '-'} profiles/s, ETA ${p.etaSeconds ?? '-'} s, ${p.workers} worker process(es).`,
      '',
    );
  }
  lines.push(
    `Match tables after the last run: ${fmt(tables.matchesRows)} rows in \`matches\`, ${fmt(tables.matchesMiB)} MiB with indexes and TOAST; \`match_states\` ${fmt(tables.matchStatesMiB)} MiB;`,
    `whole database ${fmt(tables.databaseMiB)} MiB${matchesMiB(f) !== tables.matchesMiB ? `; \`matches\` for every profile, projected: ${fmt(matchesMiB(f))} MiB` : ''}.`,
    '',
    `One profile against the whole catalogue, ${one.samples} profiles one at a time, as a counsellor's edit is served: her version bumped, her`,
    `recompute-profile job queued and taken by one of the ${one.workers} BUILT worker process(es) of the last run (warm: the recomputation compiled their`,
    `catalogue). Engine (rank and explain, the job's own report) p50 ${one.engineP50} ms, p95 **${one.engineP95} ms** (its CPU time: p50 ${one.engineCpuP50} ms,`,
    `p95 **${one.engineCpuP95} ms**); the whole job in the worker (load her, rank, store 50 + 50 rows in one transaction) p50 ${one.jobP50} ms, p95 ${one.jobP95} ms;`,
    `from queueing to done p50 ${one.queuedP50} ms, p95 ${one.queuedP95} ms; the worker processes' CPU per job (/proc, 10 ms ticks) p50 ${one.cpuP50} ms, p95 ${one.cpuP95} ms.`,
    `The catalogue's compilation took ${one.compileS} s, measured apart in the bench process (each worker does the same at its first partition);`,
    `the bench process peaked at ${fmt(one.benchRssMiB)} MiB (data generation included).`,
    '',
  );
  return lines;
}

/** Growth from metro to region (both dimensions ×10): value_region = value_metro × 10^exponent. */
function growth(metro: SizeFigures, region: SizeFigures): string[] {
  const ratio = region.size.profiles / metro.size.profiles;
  const e = (m: number, r: number) => Math.log(r / m) / Math.log(ratio);
  const run = (f: SizeFigures, n: number) => f.runs.find((r) => r.workers === n);
  const rows: { what: string; m: number; r: number; goal?: number; unit: string }[] = [];
  for (const n of [1, 2]) {
    const [a, b] = [run(metro, n), run(region, n)];
    if (a && b) rows.push({ what: `full recomputation, ${n} process${n > 1 ? 'es' : ''}, wall${fullWallS(region, b).projected ? ' (region projected)' : ''}`, m: fullWallS(metro, a).seconds, r: fullWallS(region, b).seconds, goal: n === 2 ? GOALS.fullWithTwoS : undefined, unit: 's' });
  }
  const cpuPerProfile = (r: RunFigures) => (1000 * (r.workerCpuS + r.postgresCpuS)) / Math.max(1, r.profiles);
  const [m2, r2] = [run(metro, 2) ?? metro.runs[0], run(region, 2) ?? region.runs[0]];
  if (m2 && r2) {
    rows.push({ what: 'CPU per profile, workers + PostgreSQL', m: cpuPerProfile(m2), r: cpuPerProfile(r2), unit: 'ms' });
    rows.push({ what: `full recomputation, ${r2.workers} process(es), idle-machine estimate from CPU`, m: idleEstimateS(m2), r: idleEstimateS(r2), goal: r2.workers === 2 ? GOALS.fullWithTwoS : undefined, unit: 's' });
  }
  const peak = (f: SizeFigures) => Math.max(...f.runs.flatMap((r) => r.peakRssMiB));
  rows.push({ what: 'peak RSS of a worker', m: peak(metro), r: peak(region), goal: GOALS.peakRssMiB, unit: 'MiB' });
  rows.push({ what: '`matches` with indexes and TOAST', m: matchesMiB(metro), r: matchesMiB(region), unit: 'MiB' });
  rows.push({ what: 'one profile, engine p95', m: metro.oneProfile.engineP95, r: region.oneProfile.engineP95, goal: GOALS.oneProfileP95Ms, unit: 'ms' });
  rows.push({ what: 'one profile, engine CPU p95', m: metro.oneProfile.engineCpuP95, r: region.oneProfile.engineCpuP95, goal: GOALS.oneProfileP95Ms, unit: 'ms' });
  rows.push({ what: 'one profile, whole job p95', m: metro.oneProfile.jobP95, r: region.oneProfile.jobP95, unit: 'ms' });
  rows.push({ what: 'one profile, workers\' CPU per job p95', m: metro.oneProfile.cpuP95, r: region.oneProfile.cpuP95, unit: 'ms' });
  rows.push({ what: 'catalogue compilation', m: metro.oneProfile.compileS, r: region.oneProfile.compileS, unit: 's' });
  return [
    `## Growth ${metro.size.label} → ${region.size.label} (×${ratio} profiles and ×${ratio} listings) and the next ×${ratio}`,
    '',
    `Exponent k: region = metro × ${ratio}^k. The projection applies the same k once more (a country-sized ${fmt(region.size.profiles * ratio)} profiles ×`,
    `${fmt((region.size.offers + region.size.courses) * ratio)} listings); it is an extrapolation, not a measurement. The two sizes were measured at different times`,
    `(machine reference ${metro.machineReferenceMs} ms and ${region.machineReferenceMs} ms).`,
    '',
    'Times (s, ms) also have their k at equal machine speed (each divided by its run\'s machine reference): the shared cores ran at',
    'different speeds during the two runs.',
    '',
    `| measure | ${metro.size.label} | ${region.size.label} | k | k, times at equal machine speed | next ×${ratio}, projected (k) | goal |`,
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((row) => {
      const k = e(row.m, row.r);
      const timed = row.unit === 's' || row.unit === 'ms';
      const kEqual = timed ? e(row.m / metro.machineReferenceMs, row.r / region.machineReferenceMs).toFixed(2) : '';
      const next = row.r * ratio ** k;
      const goal = row.goal === undefined ? '' : `${fmt(row.goal)} ${row.unit}: region ${verdict(row.r <= row.goal)}, next ${verdict(next <= row.goal)}`;
      return `| ${row.what} | ${fmt(row.m)} ${row.unit} | ${fmt(row.r)} ${row.unit} | ${k.toFixed(2)} | ${kEqual} | ${fmt(next)} ${row.unit} | ${goal} |`;
    }),
    '',
  ];
}

function goals(region: SizeFigures): string[] {
  const two = region.runs.find((r) => r.workers === 2);
  const peak = Math.max(...region.runs.flatMap((r) => r.peakRssMiB));
  return [
    '## Goals at region size (this 2-core machine)',
    '',
    '| goal | measured | |',
    '|---|---:|---|',
    two
      ? `| full recomputation with two processes < 15 min | ${wallOf(region, two)} | ${verdict(fullWallS(region, two).seconds <= GOALS.fullWithTwoS)} |`
      : '| full recomputation with two processes < 15 min | not run | |',
    ...(two ? [`| the same, estimated for an idle machine from the CPU used | ~${min(idleEstimateS(two))} | ${verdict(idleEstimateS(two) <= GOALS.fullWithTwoS)} |`] : []),
    `| peak RSS per worker < 3 GB | ${fmt(peak)} MiB | ${verdict(peak <= GOALS.peakRssMiB)} |`,
    `| one profile < 20 ms p95 against ${fmt(region.size.offers + region.size.courses)} listings (engine, wall) | ${region.oneProfile.engineP95} ms | ${verdict(region.oneProfile.engineP95 <= GOALS.oneProfileP95Ms)} |`,
    `| the same, the engine's CPU time | ${region.oneProfile.engineCpuP95} ms | ${verdict(region.oneProfile.engineCpuP95 <= GOALS.oneProfileP95Ms)} |`,
    `| the same, the whole job in the worker (load, rank, store 100 rows) | ${region.oneProfile.jobP95} ms | ${verdict(region.oneProfile.jobP95 <= GOALS.oneProfileP95Ms)} |`,
    '',
  ];
}

export function writeScaleReport(kept: { metro: SizeFigures | null; region: SizeFigures | null; custom: SizeFigures | null }, machine: string, partition: number): string {
  const lines = [
    '# Scale-out: full recomputations over worker processes',
    '',
    `Generated ${new Date().toISOString()} by \`node apps/api/bench/run.js scale.bench.ts --scale metro|region|both\` (apps/api/bench/scale.bench.ts), not in CI.`,
    `Machine: ${machine}; PostgreSQL 15 and Redis on the same machine, whose two cores are shared with other work (wall times are upper bounds).`,
    '',
    `A full recomputation is what a coordinator starts on the jobs page (POST /api/jobs/recomputations): a BullMQ flow whose parent has one`,
    `child per ${fmt(partition)} profiles (RECOMPUTE_PARTITION_SIZE; ranges of the uuid order), taken by every BUILT worker process started for the run`,
    '(RECOMPUTE_CONCURRENCY 1: the engine is synchronous, so more processes, not more concurrency, use more cores). Each partition loads',
    'its profiles from PostgreSQL in batches of 200, ranks them against the compiled catalogue of open listings (compiled once per process),',
    'and stores the top 50 offers and top 50 courses per profile with their explanations. Data: generated with the shape of',
    'libs/matching/bench/generate.ts (ESCO v1.1.1 occupations and skills, the 133 comuni weighted by population; seed 42).',
    '',
  ];
  if (kept.region) lines.push(...goals(kept.region));
  for (const f of [kept.metro, kept.region, kept.custom]) if (f) lines.push(...sizeSection(f));
  if (kept.metro && kept.region) lines.push(...growth(kept.metro, kept.region));
  return lines.join('\n') + '\n';
}
