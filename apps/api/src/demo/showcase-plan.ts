import type { ProposalKind, ProposalState } from '@ponte/domain';
import { drawEndState } from './proposal-paths';
import { canReachInTime, createProposal, plausiblePair, type ProposalContext, type SeededListing, type SeededProfile } from './showcase-proposals';
import { ORGANISATIONS_BY_NAME_SQL } from './showcase.sql';

/**
 * Which proposals the showcase sends. First every state at the demo partners' own listings
 * (so hr@acme.demo, formazione@enaip.demo and sindacato@cgil.demo see each one), then one to
 * four proposals for each profile whose consent allows matching.
 */
const COVERAGE: [string, ProposalKind, ProposalState[]][] = [
  ['Acme Servizi S.r.l.', 'offer', ['proposed', 'proposed', 'viewed', 'interested', 'declined', 'interview_arranged', 'hired', 'not_hired', 'withdrawn']],
  ['ENAIP Lombardia – sede demo', 'course', ['proposed', 'viewed', 'interested', 'declined', 'interview_arranged', 'enrolled', 'completed', 'dropped_out', 'withdrawn']],
  ['CGIL Camera del Lavoro Metropolitana – demo', 'offer', ['proposed', 'interested', 'hired']],
  ['CGIL Camera del Lavoro Metropolitana – demo', 'course', ['proposed', 'enrolled']],
];
const ATTEMPTS = 60;

export async function planShowcaseProposals(c: ProposalContext, profiles: SeededProfile[], listings: SeededListing[]): Promise<number> {
  const used = new Set<string>();
  const hires = new Map<string, number>();
  let created = 0;
  const attempt = async (profile: SeededProfile, listing: SeededListing, end: ProposalState): Promise<boolean> => {
    const key = `${profile.id}|${listing.id}`;
    if (used.has(key)) return false;
    if (end === 'hired' && listing.plan.kind === 'offer' && (hires.get(listing.id) ?? 0) + 1 >= listing.plan.seats) return false;
    if (!(await createProposal(c, profile, listing, end))) return false;
    used.add(key);
    if (end === 'hired') hires.set(listing.id, (hires.get(listing.id) ?? 0) + 1);
    created++;
    return true;
  };
  // Her target occupations first; then, for the demo partners, any listing the engine would rank for her.
  const pairs = (accept: (l: SeededListing) => boolean) => [
    ...c.random.shuffle(profiles.flatMap((p) => listings.filter((l) => accept(l) && plausiblePair(c.reference, p.plan, l)).map((l) => [p, l] as const))),
    ...c.random.shuffle(
      profiles.flatMap((p) => listings.filter((l) => accept(l) && !plausiblePair(c.reference, p.plan, l) && plausiblePair(c.reference, p.plan, l, true)).map((l) => [p, l] as const)),
    ),
  ];

  const names: { id: string; name: string }[] = await c.manager.query(ORGANISATIONS_BY_NAME_SQL, [
    COVERAGE.map(([name]) => name),
  ]);
  for (const [name, kind, states] of COVERAGE) {
    const organisationId = names.find((n) => n.name === name)?.id;
    const candidates = pairs((l) => l.plan.organisationId === organisationId && l.plan.kind === kind);
    for (const state of states) {
      const timely = candidates.filter(([profile, listing]) => canReachInTime(c, profile, listing, state));
      for (const [profile, listing] of timely.slice(0, ATTEMPTS)) if (await attempt(profile, listing, state)) break;
    }
  }

  for (const profile of c.random.shuffle(profiles)) {
    if (!profile.plan.matchingBasis) continue;
    const mine = listings.filter((l) => plausiblePair(c.reference, profile.plan, l));
    for (let slot = c.random.int(2, 5); slot > 0; slot--) {
      const kind: ProposalKind = c.random.chance(0.7) ? 'offer' : 'course';
      const end = drawEndState(c.random, kind);
      const options = c.random.shuffle(mine.filter((l) => l.plan.kind === kind && canReachInTime(c, profile, l, end))).slice(0, 15);
      for (const listing of options) if (await attempt(profile, listing, end)) break;
    }
  }
  return created;
}
