import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  CONTRACT_TYPES,
  DECLINE_REASONS,
  canMoveProposalInto,
  nextProposalStates,
  romeWallTimeToInstant,
  type ContractType,
  type DeclineReason,
  type ProposalState,
} from '@ponte/domain';
import {
  ApiProblem,
  ConfirmService,
  FieldDirective,
  FieldErrorComponent,
  SessionStore,
  TranslatePipe,
  applyServerErrors,
  problemMessageKey,
} from '@ponte/ui';
import type { PartnerProposal, ProposalMove } from '@ponte/contracts';
import { ProposalsService } from './proposals.service';

/** Moves that need details before they are sent. */
const WITH_FORM: readonly ProposalState[] = ['declined', 'not_hired', 'interview_arranged', 'hired', 'enrolled'];

/**
 * The partner's answers to a proposal: only the moves the state machine allows from the
 * current state (and the role may make). Moves that need details open a small form.
 */
@Component({
  selector: 'ponte-proposal-answer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FieldDirective, FieldErrorComponent],
  templateUrl: './proposal-answer.component.html',
})
export class ProposalAnswerComponent {
  private readonly proposals = inject(ProposalsService);
  private readonly confirm = inject(ConfirmService);
  private readonly session = inject(SessionStore);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly proposal = input.required<PartnerProposal>();
  readonly changed = output<PartnerProposal>();

  protected readonly reasons = DECLINE_REASONS;
  protected readonly contracts = CONTRACT_TYPES;
  protected readonly open = signal<ProposalState | null>(null);
  protected readonly busy = signal(false);
  protected readonly alert = signal<string | null>(null);
  protected readonly moves = computed(() => {
    const role = this.session.user()?.role;
    const p = this.proposal();
    return nextProposalStates(p.kind, p.state).filter(
      (s) => s !== 'viewed' && s !== 'withdrawn' && !!role && canMoveProposalInto(role, s),
    );
  });

  protected readonly reasonForm = this.fb.group({ reason: ['', Validators.required] });
  protected readonly interviewForm = this.fb.group({
    at: ['', Validators.required],
    place: ['', Validators.maxLength(300)],
    videoLink: ['', [Validators.maxLength(500), Validators.pattern(/^https:\/\/\S+$/)]],
  });
  protected readonly hiringForm = this.fb.group({
    contract: ['', Validators.required],
    startDate: ['', Validators.required],
  });
  protected readonly enrolForm = this.fb.group({ startDate: [''] });

  protected needsForm(state: ProposalState): boolean {
    return WITH_FORM.includes(state);
  }

  protected toggle(state: ProposalState): void {
    this.alert.set(null);
    this.open.set(this.open() === state ? null : state);
  }

  /** A move without a form is one click: ask first, naming the candidate code and what it tells the counsellor. */
  protected async confirmAndSend(to: ProposalState): Promise<void> {
    if (this.busy()) return;
    const confirmed = await this.confirm.confirmKeys(`proposals.confirm.${to}`, { code: this.proposal().card.candidateCode, title: this.proposal().target.title });
    if (confirmed) this.send(to);
  }

  protected send(to: ProposalState): void {
    if (this.busy()) return;
    const move: ProposalMove = { to };
    const form = this.formFor(to);
    if (form) {
      if (form.invalid) {
        form.markAllAsTouched();
        return;
      }
      Object.assign(move, this.details(to));
    }
    this.busy.set(true);
    this.alert.set(null);
    this.proposals.move(this.proposal().id, move).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.open.set(null);
        this.changed.emit(updated);
      },
      error: (problem: ApiProblem) => {
        this.busy.set(false);
        const unmatched = form ? applyServerErrors(form, this.flatten(problem)) : problem.errors ?? [];
        this.alert.set(unmatched.map((e) => e.message).join(' ') || problem.detail || problemMessageKey(problem));
      },
    });
  }

  private formFor(state: ProposalState) {
    if (state === 'declined' || state === 'not_hired') return this.reasonForm;
    if (state === 'interview_arranged') return this.interviewForm;
    if (state === 'hired') return this.hiringForm;
    if (state === 'enrolled') return this.enrolForm;
    return null;
  }

  // The forms are valid by now: their required selects hold one of the vocabulary's codes.
  private details(state: ProposalState): Partial<ProposalMove> {
    if (state === 'declined' || state === 'not_hired') return { reason: this.reasonForm.controls.reason.value as DeclineReason };
    if (state === 'interview_arranged') {
      const v = this.interviewForm.getRawValue();
      return {
        interview: {
          // Typed as Milan's time, whatever the computer's zone.
          at: romeWallTimeToInstant(v.at)?.toISOString() ?? v.at,
          ...(v.place.trim() ? { place: v.place.trim() } : {}),
          ...(v.videoLink.trim() ? { videoLink: v.videoLink.trim() } : {}),
        },
      };
    }
    if (state === 'hired') {
      const { contract, startDate } = this.hiringForm.getRawValue();
      return { contract: contract as ContractType, startDate };
    }
    const start = this.enrolForm.controls.startDate.value;
    return start ? { startDate: start } : {};
  }

  /** The API names interview fields `interview.at`; the form holds them at the top. */
  private flatten(problem: ApiProblem): ApiProblem {
    return { ...problem, errors: problem.errors?.map((e) => ({ ...e, field: e.field.replace(/^interview\./, '') })) };
  }
}
