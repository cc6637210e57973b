import { Injectable } from '@nestjs/common';
import { freezeCard, safetyReason } from '@ponte/matching';
import { appendProposalHistory, candidateCodeFor, Proposal, recordIndicator, SEALED_WITH, touchProfileActivity } from '@ponte/persistence';
import { evaluateMatch } from '@ponte/matching-adapter';
import { loadMatchInputs } from '@ponte/matching-adapter';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { EncryptionService } from '../common/crypto/encryption.service';
import type { Principal } from '../common/context/principal';
import { notFound, ProblemException, validationProblem } from '../common/problem/problem';
import { ConsentsService } from '../consents/consents.service';
import { ProfileAccessService } from '../profiles/profile-access.service';
import { identifierProblems } from '../profiles/profile-free-text';
import { ShortlistService } from '../shortlists/shortlist.service';
import { CreateProposalDto } from './dto/proposal-input.dto';
import { ProposalCreatedView } from './dto/proposal.view';
import { ProposalNotifier } from './proposal-notifier.service';
import { missingConsent, proposalNotAllowed } from './proposal-problems';

/**
 * A counsellor proposes a profile of her networks to a shortlisted offer or course. Refused
 * unless, at this moment: the target is published by a vetted organisation; her safety
 * constraints allow it; her `matching` consent and her `share_card` consent for THAT
 * organisation are active; and the engine would rank the pair (never propose what matching
 * hides). The card and the explanation are frozen into the proposal; the card names her by the
 * organisation's own candidate code, never by her pseudonym code.
 */
@Injectable()
export class ProposalCreation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfileAccessService,
    private readonly shortlist: ShortlistService,
    private readonly consents: ConsentsService,
    private readonly notifier: ProposalNotifier,
    private readonly audit: AuditService,
    private readonly encryption: EncryptionService,
  ) {}

  async create(principal: Principal, profileId: string, dto: CreateProposalDto): Promise<ProposalCreatedView> {
    const problems = identifierProblems([{ field: 'coverMessage', text: dto.coverMessage }]);
    if (problems.length) throw validationProblem(problems);
    const { created, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const profile = await this.profiles.inScope(principal, profileId, { manager, lock: true });
      const entry = await this.shortlist.entryOf(manager, profileId, dto.shortlistEntryId.toLowerCase());
      const targetId = (entry.offerId ?? entry.courseId) as string;
      const inputs = await loadMatchInputs(manager, profileId, entry.kind, targetId);
      if (!inputs) throw notFound();
      const { target } = inputs;
      if (target.organisationStatus !== 'vetted') {
        throw proposalNotAllowed('organisation_not_vetted', { organisationId: target.organisationId, organisationStatus: target.organisationStatus });
      }
      if (target.status !== 'published') throw proposalNotAllowed('not_open', { targetStatus: target.status });
      const unsafe = safetyReason(inputs.profile, target, inputs.context.comuni);
      if (unsafe) throw proposalNotAllowed(unsafe);
      if (!(await this.consents.hasActiveConsent(profileId, 'matching', undefined, manager))) throw missingConsent('matching');
      if (!(await this.consents.hasActiveConsent(profileId, 'share_card', target.organisationId, manager))) {
        throw missingConsent('share_card', target.organisationId);
      }
      const verdict = evaluateMatch(inputs);
      if (!verdict.passed) throw proposalNotAllowed(verdict.reason);

      const proposalId = randomUUID();
      await manager
        .insert(Proposal, {
          id: proposalId,
          profileId,
          networkId: profile.networkId,
          counsellorId: principal.userId,
          organisationId: target.organisationId,
          kind: entry.kind,
          offerId: entry.offerId,
          courseId: entry.courseId,
          state: 'proposed',
          card: freezeCard(inputs.profile, verdict, await candidateCodeFor(manager, profileId, target.organisationId)),
          match: { score: verdict.score, explanation: verdict.explanation, at: new Date(inputs.context.now).toISOString() },
          matchScore: verdict.score,
          coverMessageEncrypted: this.encryption.seal(SEALED_WITH.coverMessage(proposalId), dto.coverMessage?.trim()),
        })
        .catch((error: unknown) => {
          if (error instanceof QueryFailedError && (error as { driverError?: { code?: string } }).driverError?.code === '23505') {
            throw new ProblemException({ status: 409, type: 'already-proposed', detailKey: 'proposal.alreadyProposed' });
          }
          throw error;
        });
      await appendProposalHistory(manager, proposalId, 'proposed', { role: 'counsellor', userId: principal.userId });
      await recordIndicator(manager, { networkId: profile.networkId, event: 'proposal_sent' });
      await touchProfileActivity(manager, profileId);
      await this.audit.record(
        {
          action: 'proposal.create',
          targetType: 'proposal',
          targetId: proposalId,
          networkId: profile.networkId,
          organisationId: target.organisationId,
          details: { profileId, kind: entry.kind, targetId, score: verdict.score, coverMessage: dto.coverMessage ? 'set' : 'none' },
        },
        manager,
      );
      const outboxIds = await this.notifier.toPartners(manager, target.organisationId, 'proposal_received', proposalId);
      return { created: { id: proposalId, profileId, kind: entry.kind, state: 'proposed' as const }, outboxIds };
    });
    await this.notifier.afterCommit({ outboxIds, followUps: [] });
    return created;
  }
}
