// `node libs/matching/eval/run.js [--cases N] [--seed S ...] [--report]`: generates the cases,
// ranks them with the engine and the references, prints the table; with --report, also writes
// it as the "Evaluation" section of reports/bench/matching.md (what `npm run bench` does).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runRank } from '../src/cli/main';
import { createContext } from '../src/lib/context';
import { builtInComuni } from '../src/lib/geo';
import { rankForProfile } from '../src/lib/rank';
import { loadEscoTaxonomy, locateSharedData, sharedEscoDir } from '../src/node';
import { generateOfferCases, type OfferCase } from './cases';
import { generateCourseCases } from './courses';
import {
  evaluateCourses,
  evaluateOffers,
  type CourseFigures,
  type OfferFigures,
} from './evaluate';
import { loadEvalSource } from './load';
import type { Variant } from './persona';
import { SkillIndex } from './source';
import { CLEAR_MARGIN } from './truth';

export const DEFAULT_SEEDS = [20261206, 20261207];
const REPORT = resolve(
  __dirname,
  '..',
  '..',
  '..',
  'reports',
  'bench',
  'matching.md',
);

function options(argv: string[]) {
  const seeds: number[] = [];
  let cases = 300;
  let report = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    if (flag === '--report') {
      report = true;
      continue;
    }
    if (flag === '--cases' && Number.isInteger(value) && value > 0)
      cases = value;
    else if (flag === '--seed' && Number.isInteger(value)) seeds.push(value);
    else
      throw new Error(
        `usage: run.js [--cases N] [--seed S ...] [--report] (at "${flag}")`,
      );
    i++;
  }
  return { cases, seeds: seeds.length > 0 ? seeds : DEFAULT_SEEDS, report };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mrr = (x: number) => x.toFixed(3);

/** The first case through the real CLI code path (stdin JSON, --esco): same ranking as in-process. */
function cliAgrees(
  c: OfferCase,
  escoDir: string,
  inProcess: string[],
): boolean {
  const input = JSON.stringify({
    now: c.now,
    profile: c.profile,
    offers: c.offers,
  });
  const out = runRank(['rank', '--esco', escoDir], input);
  if (out.code !== 0)
    throw new Error(`ponte-match rank refused case ${c.id}: ${out.stderr}`);
  const ranked = (
    JSON.parse(out.stdout) as { offers: { id: string }[] }
  ).offers.map((o) => o.id);
  return JSON.stringify(ranked) === JSON.stringify(inProcess);
}

export async function main(argv: string[]): Promise<void> {
  const opts = options(argv);
  const shared = locateSharedData(__dirname);
  if (!shared)
    throw new Error(
      'shared/data not found beside the repository: set PONTE_SHARED_DATA',
    );
  const escoDir = sharedEscoDir(shared);
  const engine = {
    taxonomy: loadEscoTaxonomy(escoDir),
    comuni: builtInComuni(),
  };
  const index = new SkillIndex(loadEvalSource(shared));

  const offerRows: { variant: Variant; seed: number; f: OfferFigures }[] = [];
  const courseRows: { seed: number; f: CourseFigures }[] = [];
  let cliChecked = '';
  for (const seed of opts.seeds) {
    for (const variant of ['core', 'full'] as const) {
      const cases = generateOfferCases(index.source, variant, opts.cases, seed);
      if (!cliChecked) {
        const c = cases[0];
        const ids = rankForProfile(
          c.profile,
          { offers: c.offers },
          createContext(c.now, engine),
          { limit: Infinity },
        ).offers.map((o) => o.id);
        cliChecked = cliAgrees(c, escoDir, ids)
          ? `identical for case ${c.id}`
          : `DIFFERENT for case ${c.id}`;
      }
      offerRows.push({
        variant,
        seed,
        f: evaluateOffers(cases, engine, index),
      });
      log(`offers ${variant} seed ${seed} done`);
    }
    courseRows.push({
      seed,
      f: evaluateCourses(
        generateCourseCases(index.source, opts.cases, seed),
        engine,
      ),
    });
    log(`courses seed ${seed} done`);
  }

  const section = render(opts.cases, offerRows, courseRows, cliChecked);
  process.stdout.write(`${section}\n`);
  if (opts.report) {
    const before = existsSync(REPORT)
      ? readFileSync(REPORT, 'utf8')
      : '# Matching benchmark\n';
    const cut = before.indexOf('\n## Evaluation');
    writeFileSync(
      REPORT,
      `${(cut >= 0 ? before.slice(0, cut) : before).trimEnd()}\n\n${section}\n`,
    );
    log(`written to ${REPORT}`);
  }
}

function render(
  count: number,
  offers: { variant: Variant; seed: number; f: OfferFigures }[],
  courses: { seed: number; f: CourseFigures }[],
  cliChecked: string,
): string {
  const offerLines = offers.map(
    ({ variant, seed, f }) =>
      `| ${variant} | ${seed} | ${f.cases} | ${f.offersPerCase.toFixed(1)} | ${pct(f.ponte.top1Share)} | ${mrr(f.ponte.mrr)} | ${pct(f.share.top1Share)} | ${mrr(f.share.mrr)} | ${pct(f.shareBroader.top1Share)} | ${mrr(f.shareBroader.mrr)} | ${f.trapsReturned} (${f.casesWithTrap} cases) | ${f.eligibleFiltered} |`,
  );
  const missLines = offers.map(({ variant, seed, f }) => {
    const parts = Object.entries(f.misses)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([k, n]) => `${k} ${n}`);
    const total = Object.values(f.misses).reduce((a, b) => a + (b ?? 0), 0);
    return `- ${variant}, seed ${seed}: ${total} misses — on top: ${parts.join(', ') || 'none'}; the offer on top was nearer than the best in ${f.missesNearer}.`;
  });
  const shapeLines = offers.map(
    ({ variant, seed, f }) =>
      `- ${variant}, seed ${seed}: best offer FIT ${f.bestFit.toFixed(2)} on average, closest eligible negative ${f.runnerUpFit.toFixed(2)}; ${f.hardPerCase.toFixed(1)} hard negatives per case.`,
  );
  const kinds = ['hard', 'partial', 'random', 'transversal', 'wide'];
  const rankers = ['ponte', 'share', 'shareBroader'] as const;
  const pairCell = (
    variant: Variant,
    ranker: (typeof rankers)[number],
    kind: string,
  ) => {
    let pairs = 0;
    let wins = 0;
    for (const row of offers.filter((r) => r.variant === variant)) {
      const e = row.f.pairs[ranker].byKind.get(kind);
      pairs += e?.pairs ?? 0;
      wins += e?.wins ?? 0;
    }
    return pairs === 0 ? '–' : pct(wins / pairs);
  };
  const pairLines = kinds.map(
    (k) =>
      `| ${k} | ${(['core', 'full'] as const).flatMap((v) => rankers.map((r) => pairCell(v, r, k))).join(' | ')} |`,
  );
  const courseLines = courses.map(
    ({ seed, f }) =>
      `| ${seed} | ${f.cases} | ${f.coursesPerCase.toFixed(1)} | ${pct(f.ponte.top1Share)} | ${mrr(f.ponte.mrr)} | ${f.ponte.bestMissing} | ${f.trapsReturned} (${f.casesWithTrap} cases) |`,
  );
  return `## Evaluation

Generated by \`node libs/matching/eval/run.js --cases ${count}\` (libs/matching/eval, README there): ${count} cases per
variant and seed, built from ESCO v1.1.1 and the comuni of the Città metropolitana di Milano. In each
case one offer (her source occupation's) fits her clearly better than every other eligible offer: its
FIT (weighted share of occupation-specific skills she covers, half credit through a narrow group)
exceeds theirs by at least ${CLEAR_MARGIN}. The engine is called as \`ponte-match rank --esco DIR\` builds it
(ESCO taxonomy, built-in comuni, every offer returned); the CLI itself ranked the first case ${cliChecked}.
The references rank the offers the engine let through. **Ties count against every ranker**: the
best offer's rank is 1 + every other offer scoring at least as much.

- **core**: hard negatives (same ISCO unit or minor group), offers sharing part of her skills, random
  offers; partial and sibling holdings, noise skills; distances spread inside her commute, the best
  offer in the far half 60% of the time; traps.
- **full**: core plus offers listing a few transversal skills she holds, offers she covers only
  through very wide ESCO groups, and the ESCO "Italian" skills on 40% of best offers (she has Italian
  among her languages, not among her skills).
- references: (a) share of weighted skills held (essential 2, optional 1); (b) the same, plus half
  credit when a missing skill's direct ESCO broader concept is covered by one of her skills.

### Offers

| variant | seed | cases | offers per case | Ponte top-1 | Ponte MRR | (a) share top-1 | (a) MRR | (b) share + broader top-1 | (b) MRR | traps returned | eligible offers filtered |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${offerLines.join('\n')}

Case shape:
${shapeLines.join('\n')}

What Ponte put above the best offer when it missed:
${missLines.join('\n')}

Pairs won per kind of negative (all seeds): how often the best offer scores strictly above an
eligible offer of that kind (ties lost). Independent of how many offers of each kind a case holds.

| negative | core Ponte | core (a) | core (b) | full Ponte | full (a) | full (b) |
|---|---:|---:|---:|---:|---:|---:|
${pairLines.join('\n')}

### Courses (pathwaysForTarget)

The best course closes at least 2 more of the target offer's essential gaps than any other eligible
course; its rank is its position among the pathways.

| seed | cases | courses per case | top-1 | MRR | best course missing | traps returned |
|---:|---:|---:|---:|---:|---:|---:|
${courseLines.join('\n')}
`;
}

function log(message: string): void {
  process.stderr.write(`[eval] ${message}\n`);
}
