import { Injectable } from '@nestjs/common';
import { SEALED_WITH, type CardSnapshot, type Proposal } from '@ponte/persistence';
import { EncryptionService } from '../common/crypto/encryption.service';
import type { Language } from '../common/i18n/language';
import { ReferenceLookupService } from '../reference/reference-lookup.service';
import { CandidateCardView, CardExplanationView, InterviewView, PartnerHistoryStep, PartnerProposalView } from './dto/candidate-card.view';
import type { PartnerCardSource } from './partner-proposal-queries';

/** The partner's projection of a proposal's target: its id and title, nothing about her. */
export interface TargetTitle {
  id: string;
  title: string;
}

/**
 * Server-side projection of the candidate card, the only shape in which a woman reaches a
 * partner. Every field is copied from the frozen snapshot by name (an allow-list): a field
 * added to the profile or to the snapshot never leaks by default. Labels come from the
 * reference data in the reader's language.
 */
@Injectable()
export class CandidateCardProjection {
  constructor(
    private readonly reference: ReferenceLookupService,
    private readonly encryption: EncryptionService,
  ) {}

  async card(snapshot: CardSnapshot, language: Language): Promise<CandidateCardView> {
    const e = snapshot.explanation;
    const uris = [
      ...snapshot.skills.map((s) => s.uri),
      ...(e.kind === 'offer' ? [...e.matchedSkills.map((s) => s.uri), ...e.missingSkills.map((s) => s.uri)] : e.skillsToGain),
    ];
    const { items } = await this.reference.lookup(uris, language);
    const labels = new Map(items.map((item) => [item.uri, item]));
    const label = (uri: string) => labels.get(uri)?.label ?? null;
    const labelLanguage = (uri: string) => labels.get(uri)?.labelLanguage ?? null;
    const explanation: CardExplanationView =
      e.kind === 'offer'
        ? {
            kind: 'offer',
            matchedSkills: e.matchedSkills.map((s) => ({
              uri: s.uri,
              label: label(s.uri),
              labelLanguage: labelLanguage(s.uri),
              essential: s.essential,
              tier: s.tier,
            })),
            missingSkills: e.missingSkills.map((s) => ({ uri: s.uri, label: label(s.uri), labelLanguage: labelLanguage(s.uri), essential: s.essential })),
            essentialCoverage: e.essentialCoverage,
            schedule: {
              sharedShifts: [...e.schedule.sharedShifts],
              offerHours: e.schedule.offerHours,
              profileHours: e.schedule.profileHours,
              hoursFit: e.schedule.hoursFit,
            },
            accommodations: { met: [...e.accommodations.met], unmet: [...e.accommodations.unmet] },
          }
        : {
            kind: 'course',
            skillsToGain: e.skillsToGain.map((uri) => ({ uri, label: label(uri), labelLanguage: labelLanguage(uri) })),
            schedule: { sharedShifts: [...e.sharedShifts] },
          };
    return {
      candidateCode: snapshot.candidateCode,
      skills: snapshot.skills.map((s) => ({ uri: s.uri, label: label(s.uri), labelLanguage: labelLanguage(s.uri), level: s.level })),
      languages: snapshot.languages.map((l) => ({ code: l.code, cefr: l.cefr })),
      eqfLevel: snapshot.eqfLevel,
      availability: {
        weeklyHours: snapshot.availability.weeklyHours,
        shifts: [...snapshot.availability.shifts],
        earliestStart: snapshot.availability.earliestStart,
      },
      distanceBand: snapshot.distanceBand,
      accommodations: [...snapshot.accommodations],
      explanation,
    };
  }

  /** The cover message, opened: sealed at rest, bound to its proposal. */
  coverMessage(proposal: Pick<Proposal, 'id' | 'coverMessageEncrypted'>): string | null {
    return this.encryption.open(SEALED_WITH.coverMessage(proposal.id), proposal.coverMessageEncrypted);
  }

  async partnerView(
    proposal: PartnerCardSource,
    target: TargetTitle,
    history: PartnerHistoryStep[],
    language: Language,
  ): Promise<PartnerProposalView> {
    return {
      id: proposal.id,
      kind: proposal.kind,
      state: proposal.state,
      target: { id: target.id, title: target.title },
      card: await this.card(proposal.card, language),
      coverMessage: this.coverMessage(proposal),
      reason: proposal.declineReason,
      interview: interviewOf(proposal),
      contract: proposal.contract,
      startDate: proposal.startDate,
      identityDisclosedAt: proposal.identityDisclosedAt,
      history: history.map((h) => ({ state: h.state, at: h.at, actorRole: h.actorRole })),
      proposedAt: proposal.createdAt,
      updatedAt: proposal.updatedAt,
    };
  }
}

export function interviewOf(p: Pick<Proposal, 'interviewAt' | 'interviewPlace' | 'interviewLink'>): InterviewView | null {
  return p.interviewAt ? { at: p.interviewAt, place: p.interviewPlace, videoLink: p.interviewLink } : null;
}
