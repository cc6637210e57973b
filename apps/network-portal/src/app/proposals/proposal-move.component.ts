import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  CONTRACT_TYPES,
  DECLINE_REASONS,
  canMoveProposalInto,
  nextProposalStates,
  romeWallTimeToInstant,
  type ProposalState,
} from '@ponte/domain';
import {
  ApiProblem,
  FieldDirective,
  FieldErrorComponent,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import type { CounsellorProposal, ProposalMove } from '@ponte/contracts';
import { ProposalsService } from './proposals.service';

/** Fields each move takes (the API refuses the others). */
const FIELDS: Partial<Record<ProposalState, readonly string[]>> = {
  interview_arranged: ['interview'],
  hired: ['contract', 'startDate'],
  not_hired: ['reason'],
  declined: ['reason'],
  enrolled: ['startDate'],
};

/**
 * The counsellor's side of a proposal: withdraw it, record an interview agreed with the
 * organisation, or record the outcome (hired with contract and start, not hired with the
 * reason, enrolled, completed, dropped out).
 */
@Component({
  selector: 'ponte-proposal-move',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FieldDirective, FieldErrorComponent],
  template: `
    @if (moves().length) {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <fieldset>
          <legend class="h6">{{ 'proposal.move.legend' | t }}</legend>
          @for (to of moves(); track to) {
            <div class="form-check">
              <input type="radio" [id]="'move-' + to" [checked]="target() === to" name="move" (change)="choose(to)" />
              <label [for]="'move-' + to">{{ 'proposal.move.to.' + to | t }}</label>
            </div>
          }
        </fieldset>

        @if (needs('interview')) {
          <div class="row g-3 mt-1" formGroupName="interview">
            <div class="col-12 col-md-4">
              <label for="move-interview-at" class="active">{{ 'proposal.move.interviewAt' | t }} {{ 'ui.date.romeTime' | t }}</label>
              <input id="move-interview-at" type="datetime-local" class="form-control" formControlName="at"
                     ponteField="move-interview-at-error" />
              <ponte-field-error id="move-interview-at-error" [control]="form.controls.interview.controls.at" />
            </div>
            <div class="col-12 col-md-4">
              <label for="move-interview-place" class="active">{{ 'proposal.move.place' | t }}</label>
              <input id="move-interview-place" type="text" class="form-control" formControlName="place" maxlength="300"
                     ponteField="move-interview-place-error" />
              <ponte-field-error id="move-interview-place-error" [control]="form.controls.interview.controls.place" />
            </div>
            <div class="col-12 col-md-4">
              <label for="move-interview-link" class="active">{{ 'proposal.move.videoLink' | t }}</label>
              <input id="move-interview-link" type="url" class="form-control" formControlName="videoLink"
                     placeholder="https://" ponteField="move-interview-link-error" />
              <ponte-field-error id="move-interview-link-error" [control]="form.controls.interview.controls.videoLink" />
            </div>
          </div>
        }
        @if (needs('contract')) {
          <div class="select-wrapper mt-3 ponte-max-w-md">
            <label for="move-contract" class="active">{{ 'proposal.move.contract' | t }}</label>
            <select id="move-contract" class="form-select" formControlName="contract" ponteField="move-contract-error">
              <option value="">{{ 'network.choose' | t }}</option>
              @for (c of contracts; track c) { <option [value]="c">{{ 'domain.contract.' + c | t }}</option> }
            </select>
            <ponte-field-error id="move-contract-error" [control]="form.controls.contract" />
          </div>
        }
        @if (needs('startDate')) {
          <div class="mt-3 ponte-max-w-md">
            <label for="move-start" class="active">{{ 'proposal.move.startDate' | t }}</label>
            <input id="move-start" type="date" class="form-control" formControlName="startDate" ponteField="move-start-error" />
            <ponte-field-error id="move-start-error" [control]="form.controls.startDate" />
          </div>
        }
        @if (needs('reason')) {
          <div class="select-wrapper mt-3 ponte-max-w-md">
            <label for="move-reason" class="active">{{ 'proposal.move.reason' | t }}</label>
            <select id="move-reason" class="form-select" formControlName="reason" ponteField="move-reason-error">
              <option value="">{{ 'network.choose' | t }}</option>
              @for (r of reasons; track r) { <option [value]="r">{{ 'domain.declineReason.' + r | t }}</option> }
            </select>
            <ponte-field-error id="move-reason-error" [control]="form.controls.reason" />
          </div>
        }
        @if (problem(); as p) {
          <div class="alert alert-danger mt-3" role="alert">{{ p.detail ?? p.title }}</div>
        }
        <button type="submit" class="btn btn-primary mt-3" [disabled]="!target() || busy()">
          {{ 'proposal.move.submit' | t }}
        </button>
      </form>
    } @else {
      <p class="text-secondary mb-0">{{ 'proposal.move.none' | t }}</p>
    }
  `,
})
export class ProposalMoveComponent {
  private readonly proposals = inject(ProposalsService);
  readonly proposal = input.required<CounsellorProposal>();
  readonly moved = output<CounsellorProposal>();

  protected readonly contracts = CONTRACT_TYPES;
  protected readonly reasons = DECLINE_REASONS;
  protected readonly target = signal<ProposalState | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly moves = computed(() =>
    nextProposalStates(this.proposal().kind, this.proposal().state).filter((to) =>
      canMoveProposalInto('counsellor', to),
    ),
  );
  protected readonly form = new FormGroup({
    interview: new FormGroup({
      at: new FormControl('', { nonNullable: true }),
      place: new FormControl('', { nonNullable: true }),
      videoLink: new FormControl('', { nonNullable: true }),
    }),
    contract: new FormControl('', { nonNullable: true }),
    startDate: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });

  protected needs(field: string): boolean {
    const to = this.target();
    return !!to && (FIELDS[to] ?? []).includes(field);
  }

  protected choose(to: ProposalState): void {
    this.target.set(to);
    this.problem.set(null);
  }

  protected submit(): void {
    const to = this.target();
    if (!to || this.busy()) return;
    const v = this.form.getRawValue();
    const move: ProposalMove = { to };
    if (this.needs('interview')) {
      move.interview = {
        // Typed as Milan's time, whatever the computer's zone.
        at: v.interview.at ? (romeWallTimeToInstant(v.interview.at)?.toISOString() ?? v.interview.at) : '',
        ...(v.interview.place.trim() ? { place: v.interview.place.trim() } : {}),
        ...(v.interview.videoLink.trim() ? { videoLink: v.interview.videoLink.trim() } : {}),
      };
    }
    if (this.needs('contract') && v.contract) move.contract = v.contract as ProposalMove['contract'];
    if (this.needs('startDate') && v.startDate) move.startDate = v.startDate;
    if (this.needs('reason') && v.reason) move.reason = v.reason as ProposalMove['reason'];
    this.busy.set(true);
    this.problem.set(null);
    this.proposals.move(this.proposal().id, move).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.target.set(null);
        this.form.reset();
        this.moved.emit(updated);
      },
      error: (problem: ApiProblem) => {
        this.busy.set(false);
        const unmatched = applyServerErrors(this.form, problem);
        if (!problem.errors?.length || unmatched.length) this.problem.set(problem);
      },
    });
  }
}
