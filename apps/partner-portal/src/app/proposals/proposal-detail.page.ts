import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  ApiProblem,
  CandidateCardComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  MatchExplanationComponent,
  NotificationsService,
  PonteDatePipe,
  ProposalTimelineComponent,
  StatusBadgeComponent,
  TranslatePipe,
} from '@ponte/ui';
import type { PartnerProposal } from '@ponte/contracts';
import { ProposalAnswerComponent } from './proposal-answer.component';
import { ProposalsService } from './proposals.service';

/** One candidate: why she fits, her card, the answers still possible, and what happened so far. */
@Component({
  selector: 'ponte-proposal-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    StatusBadgeComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    MatchExplanationComponent,
    CandidateCardComponent,
    ProposalTimelineComponent,
    ProposalAnswerComponent,
  ],
  templateUrl: './proposal-detail.page.html',
})
export class ProposalDetailPage {
  private readonly proposals = inject(ProposalsService);
  private readonly notifications = inject(NotificationsService);
  private readonly route = inject(ActivatedRoute);
  protected readonly proposal = signal<PartnerProposal | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed()).subscribe(() => this.load());
  }

  protected load(): void {
    this.problem.set(null);
    this.proposal.set(null);
    this.proposals.get(this.route.snapshot.paramMap.get('id') ?? '').subscribe({
      next: (p) => {
        this.proposal.set(p);
        this.notifications.refreshUnread();
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected changed(updated: PartnerProposal): void {
    this.proposal.set(updated);
    this.notice.set(`proposals.moved.${updated.state}`);
  }
}
