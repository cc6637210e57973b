// Generated data of realistic shape: skills drawn from ESCO occupations' essential and optional
// relations, comuni from the shared list weighted by population, shifts and hours at random.
// Deterministic for a given seed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/lib/csv';
import {
  ACCOMMODATIONS,
  CONTRACTS,
  SHIFTS,
  type Course,
  type Offer,
  type Profile,
  type Shift,
} from '../src/lib/model';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface OccupationSkills {
  uri: string;
  essential: string[];
  optional: string[];
}

export interface EscoSample {
  occupations: OccupationSkills[];
  comuni: { code: string; population: number }[];
}

export function readSample(sharedData: string): EscoSample {
  const esco = join(sharedData, 'esco', 'v1.1.1');
  const byOccupation = new Map<string, OccupationSkills>();
  for (const r of parseCsv(
    readFileSync(join(esco, 'occupationSkillRelations.csv'), 'utf8'),
  )) {
    const uri = r['occupationUri'];
    const entry = byOccupation.get(uri) ?? { uri, essential: [], optional: [] };
    (r['relationType'] === 'essential' ? entry.essential : entry.optional).push(
      r['skillUri'],
    );
    byOccupation.set(uri, entry);
  }
  const occupations = [...byOccupation.values()]
    .filter((o) => o.essential.length >= 3)
    .sort((a, b) => (a.uri < b.uri ? -1 : 1));
  const comuni = parseCsv(
    readFileSync(join(sharedData, 'comuni-milano.csv'), 'utf8'),
  ).map((r) => ({
    code: r['istat_code'],
    population: Number(r['population']),
  }));
  return { occupations, comuni };
}

export interface Dataset {
  profiles: Profile[];
  offers: Offer[];
  courses: Course[];
}

export function generate(
  sample: EscoSample,
  sizes: { profiles: number; offers: number; courses: number },
  seed = 42,
): Dataset {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) =>
    lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const sampleOf = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.max(0, n));
  };
  // Demand concentrates on few occupations: Zipf-like weights over a shuffled list.
  const occupations = sampleOf(sample.occupations, sample.occupations.length);
  const occupationCdf = cumulative(
    occupations.map((_, rank) => 1 / (rank + 10)),
  );
  const occupation = () =>
    occupations[
      lowerBound(occupationCdf, rnd() * occupationCdf[occupationCdf.length - 1])
    ];
  const comuneCdf = cumulative(sample.comuni.map((c) => c.population));
  const comune = () =>
    sample.comuni[
      lowerBound(comuneCdf, rnd() * comuneCdf[comuneCdf.length - 1])
    ].code;
  const shifts = (): Shift[] => {
    const chosen = SHIFTS.filter((s) =>
      chance(s === 'morning' || s === 'afternoon' ? 0.6 : 0.2),
    );
    return chosen.length > 0 ? chosen : [pick(SHIFTS)];
  };
  const organisations = Array.from({ length: 800 }, (_, i) => `org-${i}`);
  const date = (fromDay: number, toDay: number) =>
    new Date(Date.UTC(2026, 10, 25) + int(fromDay, toDay) * 86_400_000)
      .toISOString()
      .slice(0, 10);

  const offers: Offer[] = Array.from({ length: sizes.offers }, (_, i) => {
    const occ = occupation();
    return {
      id: `offer-${String(i).padStart(6, '0')}`,
      organisationId: pick(organisations),
      organisationStatus: chance(0.95) ? 'vetted' : 'suspended',
      occupation: occ.uri,
      essentialSkills: sampleOf(
        occ.essential,
        Math.min(occ.essential.length, int(4, 12)),
      ),
      optionalSkills: sampleOf(occ.optional, int(0, 6)),
      languages: chance(0.5)
        ? [{ code: 'it', cefr: pick(['A2', 'B1', 'B2'] as const) }]
        : [],
      minEqf: chance(0.3) ? int(2, 5) : undefined,
      comune: comune(),
      remote: chance(0.05),
      shifts: shifts(),
      weeklyHours: pick([15, 20, 24, 30, 36, 40]),
      seats: chance(0.05) ? 0 : int(1, 3),
      status: chance(0.95) ? 'published' : 'closed',
      deadline: chance(0.7) ? date(-10, 120) : undefined,
      contract: chance(0.9) ? pick(CONTRACTS) : undefined,
      accommodations: ACCOMMODATIONS.filter(() => chance(0.3)),
    };
  });

  const courses: Course[] = Array.from({ length: sizes.courses }, (_, i) => {
    const occ = occupation();
    return {
      id: `course-${String(i).padStart(6, '0')}`,
      organisationId: pick(organisations),
      organisationStatus: chance(0.95) ? 'vetted' : 'pending',
      skillsTaught: sampleOf(occ.essential, int(2, 6)),
      targetOccupations: [occ.uri],
      comune: comune(),
      remote: chance(0.15),
      shifts: shifts(),
      hours: pick([40, 80, 120, 200]),
      startDate: date(5, 180),
      seats: int(0, 20),
      status: chance(0.95) ? 'published' : 'draft',
    };
  });

  const profiles: Profile[] = Array.from({ length: sizes.profiles }, (_, i) => {
    const target = occupation();
    const past = occupation();
    const skills = new Set([
      ...sampleOf(
        target.essential,
        Math.round(target.essential.length * (0.3 + 0.6 * rnd())),
      ),
      ...sampleOf(target.optional, int(0, 4)),
      ...sampleOf(past.essential, int(2, 8)),
    ]);
    const home = comune();
    return {
      id: `MI-${String(i).padStart(6, '0')}`,
      homeComune: home,
      maxCommuteKm: pick([5, 10, 15, 20, 25, 30]),
      skills: [...skills].map((uri) => ({ uri })),
      languages: [
        { code: 'it', cefr: pick(['A2', 'B1', 'B2', 'C1', 'C2'] as const) },
      ],
      eqf: int(2, 6),
      targetOccupations: chance(0.5) ? [target.uri, past.uri] : [target.uri],
      shifts: shifts(),
      weeklyHours: pick([15, 20, 25, 30, 36, 40]),
      exclusions: chance(0.3)
        ? [{ comune: comune(), radiusKm: int(2, 10) }]
        : [],
      blockedOrganisations: chance(0.1)
        ? sampleOf(organisations, int(1, 2))
        : [],
      contracts: chance(0.4) ? sampleOf(CONTRACTS, int(1, 2)) : [],
      accommodations: ACCOMMODATIONS.filter(() => chance(0.2)),
    };
  });
  return { profiles, offers, courses };
}

function cumulative(weights: number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}

function lowerBound(cdf: Float64Array, x: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
