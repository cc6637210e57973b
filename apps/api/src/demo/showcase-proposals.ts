import { cefrRank, indicatorEventsOfMove, startsFollowUp, type CefrLevel, type ConsentBasis, type ProposalKind, type ProposalState } from '@ponte/domain';
import { freezeCard } from '@ponte/matching';
import { evaluateMatch, loadMatchInputs } from '@ponte/matching-adapter';
import { candidateCodeFor, recordIndicator, scheduleFollowUps, SEALED_WITH } from '@ponte/persistence';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EncryptionService } from '../common/crypto/encryption.service';
import type { PlannedListing } from './demo-catalogue';
import type { DemoRandom } from './demo-random';
import { kmBetween, type DemoReference } from './demo-reference';
import { COVER_MESSAGES, drawDeclineReason, INTERVIEW_PLACES, pathTo } from './proposal-paths';
import type { PlannedProfile } from './showcase-profiles';
import {
  FILL_COURSE_SEAT_SQL,
  FILL_OFFER_SEAT_SQL,
  SHOWCASE_ACTIVITY_SQL,
  SHOWCASE_CONSENT_SQL,
  SHOWCASE_FOLLOW_UP_SQL,
  SHOWCASE_HISTORY_SQL,
  SHOWCASE_NOTIFICATION_SQL,
  SHOWCASE_PROPOSAL_SQL,
  SHOWCASE_SHORTLIST_SQL,
} from './showcase-proposals.sql';

const DAY = 86_400_000;

export interface SeededProfile {
  id: string;
  networkId: string;
  counsellorId: string;
  plan: PlannedProfile;
}

export interface SeededListing {
  id: string;
  plan: PlannedListing;
  vetted: boolean;
}

export interface ProposalContext {
  manager: EntityManager;
  random: DemoRandom;
  reference: DemoReference;
  encryption: EncryptionService;
  now: Date;
  /** Partner accounts by organisation id: the actors of the partner's moves and who is notified. */
  partnerUsers: Map<string, string[]>;
}

/** When a proposal of this end state to this listing could have started and each step happened. */
function timeline(c: ProposalContext, profile: SeededProfile, listing: SeededListing, path: ProposalState[]): Date[] | null {
  const now = c.now.getTime();
  const end = path[path.length - 1];
  const newest = Math.min(profile.plan.createdDaysAgo, listing.plan.createdDaysAgo) - 2;
  const oldest = Math.min(newest, 150);
  const latest = path.length * 3;
  const times: number[] = [];
  if (listing.plan.kind === 'course') {
    const start = now + listing.plan.startInDays * DAY;
    const courseEnd = start + listing.plan.weeks * 7 * DAY;
    if (end === 'completed' && courseEnd > now - DAY) return null;
    if (end === 'dropped_out' && start + 10 * DAY > now - DAY) return null;
    // Proposed before the enrolment deadline (a week before the start), as the engine demands.
    const earliest = now - oldest * DAY;
    const latestStart = Math.min(start - 8 * DAY, now - latest * DAY);
    if (latestStart <= earliest) return null;
    const t0 = earliest + Math.floor(c.random.next() * ((latestStart - earliest) / DAY)) * DAY;
    const enrolledAt = path.indexOf('enrolled');
    const last = enrolledAt >= 0 ? Math.min(start - 2 * DAY, now - DAY) : now - c.random.int(0, 2) * DAY;
    if (last <= t0) return null;
    const upTo = enrolledAt >= 0 ? enrolledAt : path.length - 1;
    for (let k = 0; k <= upTo; k++) times.push(upTo === 0 ? t0 : t0 + ((last - t0) * k) / upTo);
    if (end === 'completed') times.push(courseEnd);
    if (end === 'dropped_out') times.push(start + 10 * DAY);
  } else {
    if (latest > oldest) return null;
    const t0 = now - c.random.int(latest, oldest) * DAY;
    const last = now - c.random.int(0, 2) * DAY;
    const n = path.length - 1;
    for (let k = 0; k <= n; k++) times.push(n === 0 ? t0 : t0 + ((last - t0) * k) / n);
  }
  return times.map((t) => new Date(Math.floor(t / 60_000) * 60_000));
}

/** Whether a proposal to this listing could have reached `end` by now (her profile and the listing old enough, the course over...). */
export function canReachInTime(c: ProposalContext, profile: SeededProfile, listing: SeededListing, end: ProposalState): boolean {
  return timeline(c, profile, listing, pathTo(c.random, listing.plan.kind, end)) !== null;
}

/** A cheap pre-check of the engine's hard filters, so few pairs are evaluated in vain. */
export function plausiblePair(reference: DemoReference, profile: PlannedProfile, listing: SeededListing, anyOccupation = false): boolean {
  const l = listing.plan;
  if (!listing.vetted || l.status !== 'published' || !profile.matchingBasis) return false;
  if (!anyOccupation && !profile.targets.some((t) => t.uri === l.occupation.uri)) return false;
  if (!l.shifts.some((s) => profile.shifts.includes(s))) return false;
  if (l.comune) {
    if (kmBetween(reference, profile.homeComune, l.comune) > profile.maxCommuteKm) return false;
    if (profile.exclusion && kmBetween(reference, profile.exclusion.comune, l.comune) <= profile.exclusion.radiusKm + 1) return false;
  }
  const italian = profile.languages.find(([code]) => code === 'it')?.[1] ?? 'A1';
  return l.kind === 'course' || cefrRank(italian) >= cefrRank(l.italian as CefrLevel);
}

/**
 * Creates one proposal walked to `end`, the way the API would have over the weeks: her
 * share_card consent for the organisation, the shortlist entry, the frozen card and
 * explanation (the engine, as of the day it was sent), each step in the history, the
 * counters, the seat, the follow-up checkpoints. Null when the timing or the engine refuses.
 */
export async function createProposal(c: ProposalContext, profile: SeededProfile, listing: SeededListing, end: ProposalState): Promise<string | null> {
  const kind: ProposalKind = listing.plan.kind;
  const path = pathTo(c.random, kind, end);
  const times = timeline(c, profile, listing, path);
  if (!times) return null;
  const m = c.manager;
  const inputs = await loadMatchInputs(m, profile.id, kind, listing.id, times[0]);
  if (!inputs) return null;
  const verdict = evaluateMatch(inputs);
  if (!verdict.passed) return null;
  const organisationId = listing.plan.organisationId;
  const basis: ConsentBasis = c.random.pick(['explicit_verbal', 'signed_form', 'written_message']);
  const consentAt = new Date(times[0].getTime() - DAY);
  const [consent] = await m.query(
    SHOWCASE_CONSENT_SQL,
    [profile.id, organisationId, basis, profile.counsellorId, consentAt],
  );
  if (consent) await recordIndicator(m, { networkId: profile.networkId, event: 'consent_recorded', at: consentAt });
  await m.query(
    SHOWCASE_SHORTLIST_SQL,
    [profile.id, profile.networkId, kind, kind === 'offer' ? listing.id : null, kind === 'course' ? listing.id : null, profile.counsellorId, consentAt],
  );

  const id = randomUUID();
  const at = (state: ProposalState) => times[path.indexOf(state)] ?? null;
  const last = times[times.length - 1];
  const contract = end === 'hired' && listing.plan.kind === 'offer' ? listing.plan.contract : null;
  const startDate =
    end === 'hired' ? new Date(last.getTime() + 14 * DAY) : ['enrolled', 'completed', 'dropped_out'].includes(end) && listing.plan.kind === 'course'
      ? new Date(c.now.getTime() + listing.plan.startInDays * DAY) : null;
  const interviewStep = at('interview_arranged');
  const interviewAt = interviewStep ? (end === 'interview_arranged' ? new Date(c.now.getTime() + c.random.int(2, 9) * DAY) : new Date((interviewStep.getTime() + last.getTime()) / 2)) : null;
  const cover = c.random.chance(0.6) ? c.random.pick(COVER_MESSAGES) : undefined;
  await m.query(
    SHOWCASE_PROPOSAL_SQL,
    [id, profile.id, profile.networkId, profile.counsellorId, organisationId, kind, kind === 'offer' ? listing.id : null, kind === 'course' ? listing.id : null, end,
      JSON.stringify(freezeCard(inputs.profile, verdict, await candidateCodeFor(m, profile.id, organisationId))),
      JSON.stringify({ score: verdict.score, explanation: verdict.explanation, at: times[0].toISOString() }), verdict.score,
      c.encryption.seal(SEALED_WITH.coverMessage(id), cover), ['declined', 'not_hired'].includes(end) ? drawDeclineReason(c.random) : null,
      interviewAt, interviewAt ? c.random.pick(INTERVIEW_PLACES) : null, contract, startDate ? startDate.toISOString().slice(0, 10) : null,
      end === 'withdrawn' ? 'counsellor' : null, at('viewed'), ['hired', 'not_hired', 'enrolled', 'completed', 'dropped_out', 'declined'].includes(end) ? last : null,
      path.length, times[0], last],
  );
  const partner = c.partnerUsers.get(organisationId)?.[0] ?? null;
  for (const [k, state] of path.entries()) {
    const byCounsellor = state === 'proposed' || state === 'withdrawn';
    const details = k === 0 ? {} : { from: path[k - 1], ...(state === 'hired' && contract ? { contract } : {}) };
    await m.query(SHOWCASE_HISTORY_SQL, [
      id, state, times[k], byCounsellor ? 'counsellor' : 'partner_admin', byCounsellor ? profile.counsellorId : partner, JSON.stringify(details),
    ]);
    const events = state === 'proposed' ? (['proposal_sent'] as const) : indicatorEventsOfMove(state, contract);
    for (const event of events) await recordIndicator(m, { networkId: profile.networkId, event, at: times[k] });
  }
  if (end === 'hired') await m.query(FILL_OFFER_SEAT_SQL, [listing.id]);
  if (path.includes('enrolled')) await m.query(FILL_COURSE_SEAT_SQL, [listing.id]);
  if (startDate && startsFollowUp(kind, path.includes('enrolled') ? 'enrolled' : end)) await followUps(c, profile, id, kind, startDate);
  await m.query(SHOWCASE_ACTIVITY_SQL, [profile.id, last]);
  await notify(c, profile, organisationId, id, end, last);
  return id;
}

/** The 3- and 6-month checkpoints; those already due are answered, most of them well. */
async function followUps(c: ProposalContext, profile: SeededProfile, proposalId: string, kind: ProposalKind, start: Date): Promise<void> {
  for (const due of await scheduleFollowUps(c.manager, proposalId, start)) {
    if (due.dueAt.getTime() > c.now.getTime() - 3 * DAY) continue;
    const outcome = c.random.chance(0.8) ? 'still_in_work' : 'no_longer';
    const recordedAt = new Date(due.dueAt.getTime() + 2 * DAY);
    await c.manager.query(SHOWCASE_FOLLOW_UP_SQL, [
      proposalId, due.months, outcome, recordedAt, profile.counsellorId, due.dueAt,
    ]);
    if (due.months === 6 && outcome === 'still_in_work') {
      await recordIndicator(c.manager, { networkId: profile.networkId, event: kind === 'offer' ? 'still_in_work_six_months' : 'still_in_training_six_months', at: recordedAt });
    }
  }
}

/** In-app notifications, as the API leaves them: partners learn of new proposals, counsellors of answers. */
async function notify(c: ProposalContext, profile: SeededProfile, organisationId: string, proposalId: string, state: ProposalState, at: Date): Promise<void> {
  const recipients =
    state === 'proposed' ? (c.partnerUsers.get(organisationId) ?? []).map((id) => [id, 'proposal_received'])
      : ['interested', 'declined', 'interview_arranged'].includes(state) ? [[profile.counsellorId, 'proposal_answered']] : [];
  for (const [recipient, kind] of recipients) {
    await c.manager.query(SHOWCASE_NOTIFICATION_SQL, [
      recipient, kind, proposalId, state, at,
    ]);
  }
}
