// Test fixtures: a tiny hand-made skill hierarchy and builders for profiles, offers and courses.

import { createContext, type MatchContext } from '../src/lib/context';
import type { Course, Offer, Profile } from '../src/lib/model';
import { buildTaxonomy, type Taxonomy, type TaxonomyRows } from '../src/lib/taxonomy';

export const NOW = '2026-11-25T10:00:00Z';
export const MILANO = '015146';
export const SESTO = '015209'; // 8.5 km from Milano
export const CORSICO = '015093'; // 7.4 km from Milano
export const ABBIATEGRASSO = '015002';
export const NOSATE = '015155'; // 37 km from Milano

/*
 * root(0) ─ g1(1) ─ g11(2) ─ a, b      knowledge(0) ─ k1(1) ─ k11(2) ─ d
 *                └ g12(2) ─ c          a ─ e (a skill that is the broader concept of a skill)
 * Group keys (depth >= 2): a,b -> g11; c -> g12; d -> k11; e -> a.
 */
export function smallTaxonomy(extra: Partial<TaxonomyRows> = {}): Taxonomy {
  const rel = (conceptUri: string, broaderUri: string) => ({
    conceptUri,
    broaderUri,
  });
  return buildTaxonomy({
    broaderRelations: [
      rel('g1', 'root'),
      rel('g11', 'g1'),
      rel('g12', 'g1'),
      rel('a', 'g11'),
      rel('b', 'g11'),
      rel('c', 'g12'),
      rel('k1', 'knowledge'),
      rel('k11', 'k1'),
      rel('d', 'k11'),
      rel('e', 'a'),
    ],
    occupations: [
      { conceptUri: 'occ-dev', iscoGroup: '2512' },
      { conceptUri: 'occ-web', iscoGroup: '2513' },
      { conceptUri: 'occ-tester', iscoGroup: '2512' },
      { conceptUri: 'occ-cook', iscoGroup: '5120' },
    ],
    occupationSkills: [
      { occupationUri: 'occ-dev', relationType: 'essential', skillUri: 'a' },
      { occupationUri: 'occ-dev', relationType: 'essential', skillUri: 'b' },
      { occupationUri: 'occ-dev', relationType: 'essential', skillUri: 'c' },
      { occupationUri: 'occ-dev', relationType: 'optional', skillUri: 'd' },
    ],
    ...extra,
  });
}

/**
 * The small taxonomy with what ESCO adds: skills of varied specificity (c is listed by 300
 * occupations, x1 by 1,500), a wider g11 (120 concepts), and language skills of Italian and English.
 */
export function richTaxonomy(): Taxonomy {
  return smallTaxonomy({
    conceptFacts: [
      { conceptUri: 'c', occupations: 300, descendants: 0 },
      { conceptUri: 'x1', occupations: 1500, descendants: 0 },
      { conceptUri: 'g11', occupations: 0, descendants: 120 },
    ],
    languageSkills: [
      { skillUri: 'speak-it', language: 'it' },
      { skillUri: 'write-it', language: 'it' },
      { skillUri: 'speak-en', language: 'en' },
    ],
  });
}

export function context(overrides: Partial<MatchContext> = {}): MatchContext {
  return { ...createContext(NOW, { taxonomy: smallTaxonomy() }), ...overrides };
}

export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'MI-7QX4-92K',
    homeComune: MILANO,
    maxCommuteKm: 20,
    skills: [{ uri: 'a' }],
    shifts: ['morning', 'afternoon'],
    weeklyHours: 30,
    ...overrides,
  };
}

export function offer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 'offer-1',
    organisationId: 'org-1',
    organisationStatus: 'vetted',
    essentialSkills: ['a'],
    comune: MILANO,
    shifts: ['morning'],
    weeklyHours: 30,
    seats: 1,
    status: 'published',
    ...overrides,
  };
}

export function course(overrides: Partial<Course> = {}): Course {
  return {
    id: 'course-1',
    organisationId: 'trainer-1',
    organisationStatus: 'vetted',
    skillsTaught: ['b'],
    comune: MILANO,
    shifts: ['morning'],
    seats: 10,
    status: 'published',
    ...overrides,
  };
}
