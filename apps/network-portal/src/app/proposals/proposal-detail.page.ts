import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  FOLLOW_UP_OUTCOMES,
  acceptsFollowUp,
  canRecordDisclosure,
  type FollowUpOutcome,
} from '@ponte/domain';
import {
  ApiProblem,
  CandidateCardComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  MatchExplanationComponent,
  PonteDatePipe,
  ProposalTimelineComponent,
  StatusBadgeComponent,
  TranslatePipe,
} from '@ponte/ui';
import { ScoreBarComponent } from '../matches/score-bar.component';
import { ProposalRefusal, proposalRefusal } from './shortlist.page';
import type { CounsellorProposal, FollowUp } from '@ponte/contracts';
import { ProposalMoveComponent } from './proposal-move.component';
import { ProposalsService } from './proposals.service';

/**
 * One proposal followed to its outcome: where it stands (timeline), what the organisation
 * sees (the card), why it was proposed (the explanation), the counsellor's moves, the identity
 * disclosure step and the 3- and 6-month follow-ups.
 */
@Component({
  selector: 'ponte-proposal-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    StatusBadgeComponent,
    ProposalTimelineComponent,
    CandidateCardComponent,
    MatchExplanationComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    ScoreBarComponent,
    ProposalMoveComponent,
  ],
  templateUrl: './proposal-detail.page.html',
})
export class ProposalDetailPage {
  private readonly proposals = inject(ProposalsService);
  private readonly route = inject(ActivatedRoute);
  protected readonly sent = this.route.snapshot.queryParamMap.get('sent') === '1';
  protected readonly proposal = signal<CounsellorProposal | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly outcomes = FOLLOW_UP_OUTCOMES;
  protected readonly disclosureRefusal = signal<ProposalRefusal | null>(null);
  protected readonly disclosing = signal(false);
  protected readonly confirmDisclosure = signal(false);
  protected readonly followUpProblem = signal<ApiProblem | null>(null);
  protected readonly followUpChoice = signal<Record<number, FollowUpOutcome | ''>>({});
  protected readonly canDisclose = computed(() => {
    const p = this.proposal();
    return !!p && !p.identityDisclosedAt && canRecordDisclosure(p.kind, p.state);
  });
  protected readonly followUpsOpen = computed(() => {
    const p = this.proposal();
    return !!p && acceptsFollowUp(p.kind, p.state);
  });
  protected readonly score = computed(() => this.proposal()?.match.score ?? null);

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  protected load(): void {
    const id = this.route.snapshot.paramMap.get('id');
    if (!id) return;
    this.problem.set(null);
    this.proposals.get(id).subscribe({
      next: (p) => this.proposal.set(p),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected updated(p: CounsellorProposal): void {
    this.proposal.set(p);
  }

  protected disclose(): void {
    const p = this.proposal();
    if (!p || this.disclosing()) return;
    if (!this.confirmDisclosure()) {
      this.confirmDisclosure.set(true);
      return;
    }
    this.disclosing.set(true);
    this.disclosureRefusal.set(null);
    this.proposals.recordDisclosure(p.id).subscribe({
      next: (updated) => {
        this.disclosing.set(false);
        this.confirmDisclosure.set(false);
        this.proposal.set(updated);
      },
      error: (problem: ApiProblem) => {
        this.disclosing.set(false);
        this.disclosureRefusal.set(proposalRefusal(problem));
      },
    });
  }

  protected chooseFollowUp(months: number, outcome: string): void {
    this.followUpChoice.update((all) => ({ ...all, [months]: outcome as FollowUpOutcome | '' }));
  }

  protected recordFollowUp(followUp: FollowUp): void {
    const p = this.proposal();
    const outcome = this.followUpChoice()[followUp.months];
    if (!p || !outcome) return;
    this.followUpProblem.set(null);
    this.proposals.recordFollowUp(p.id, followUp.months, outcome).subscribe({
      next: (updated) => this.proposal.set(updated),
      error: (problem: ApiProblem) => this.followUpProblem.set(problem),
    });
  }

  protected due(followUp: FollowUp): boolean {
    return new Date(followUp.dueAt).getTime() <= Date.now();
  }
}
