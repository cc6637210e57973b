import { Injectable } from '@nestjs/common';
import { cardConceptUris, labelCard, type CardSnapshot } from '@ponte/matching';
import { SEALED_WITH, type Proposal } from '@ponte/persistence';
import { EncryptionService } from '../common/crypto/encryption.service';
import type { Language } from '../common/i18n/language';
import { ReferenceLookupService } from '../reference/reference-lookup.service';
import { CandidateCardView, InterviewView, PartnerHistoryStep, PartnerProposalView } from './dto/candidate-card.view';
import type { PartnerCardSource } from './partner-proposal-queries';

/** The partner's projection of a proposal's target: its id and title, nothing about her. */
export interface TargetTitle {
  id: string;
  title: string;
}

/**
 * The candidate card a read returns, the only shape in which a woman reaches a partner: the
 * frozen snapshot through the card's one allow-list (@ponte/matching labelCard, projectCard),
 * with labels from the reference data in the reader's language.
 */
@Injectable()
export class CandidateCardProjection {
  constructor(
    private readonly reference: ReferenceLookupService,
    private readonly encryption: EncryptionService,
  ) {}

  async card(snapshot: CardSnapshot, language: Language): Promise<CandidateCardView> {
    const { items } = await this.reference.lookup(cardConceptUris(snapshot), language);
    const labels = new Map(items.map((item) => [item.uri, item]));
    return labelCard(snapshot, (uri) => ({ label: labels.get(uri)?.label ?? null, labelLanguage: labels.get(uri)?.labelLanguage ?? null }));
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
