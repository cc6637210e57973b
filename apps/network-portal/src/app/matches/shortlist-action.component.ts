import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ProposalKind } from '@ponte/domain';
import {
  ApiProblem,
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import type { ShortlistEntry } from '@ponte/contracts';
import { ProposalsService } from '../proposals/proposals.service';

/**
 * "Select" on a match or a catalogue result: adds it to her shortlist with an optional
 * private note (encrypted, never shown to the organisation). Once selected, links to the
 * shortlist, where the proposal is made.
 */
@Component({
  selector: 'ponte-shortlist-action',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, IconComponent, FieldDirective, FieldErrorComponent],
  template: `
    @if (entry(); as e) {
      <p class="mb-0 d-flex flex-wrap align-items-center gap-2">
        <span class="ponte-badge ponte-badge-success">
          {{ (e.proposalId ? 'matches.shortlist.proposed' : 'matches.shortlist.selected') | t }}
        </span>
        @if (e.proposalId) {
          <a [routerLink]="['/proposals', e.proposalId]">{{ 'matches.shortlist.followProposal' | t }}</a>
        } @else {
          <a class="btn btn-primary btn-sm" [routerLink]="['/profiles', profileId(), 'shortlist']" [queryParams]="{ propose: e.id }">
            {{ 'matches.shortlist.propose' | t }}
          </a>
        }
      </p>
    } @else if (open()) {
      <form [formGroup]="form" (ngSubmit)="add()" class="ponte-inline-form" novalidate>
        <label [for]="'note-' + targetId()" class="active">{{ 'matches.shortlist.note' | t }}</label>
        <textarea class="form-control" rows="2" maxlength="2000" [id]="'note-' + targetId()" formControlName="note"
                  [ponteField]="'note-' + targetId() + '-error'" [ponteFieldHint]="'note-' + targetId() + '-hint'"></textarea>
        <small class="form-text" [id]="'note-' + targetId() + '-hint'">{{ 'matches.shortlist.noteHint' | t }}</small>
        <ponte-field-error [id]="'note-' + targetId() + '-error'" [control]="note" />
        @if (problem(); as p) {
          <div class="alert alert-danger mt-2 mb-0" role="alert">
            @for (m of unmatched(); track $index) { <p class="mb-0">{{ m }}</p> } @empty { {{ p.detail ?? p.title }} }
          </div>
        }
        <div class="d-flex gap-2 mt-2">
          <button type="submit" class="btn btn-primary btn-sm" [disabled]="busy()">{{ 'matches.shortlist.confirm' | t }}</button>
          <button type="button" class="btn btn-outline-primary btn-sm" (click)="open.set(false)">{{ 'matches.shortlist.cancel' | t }}</button>
        </div>
      </form>
    } @else {
      <button type="button" class="btn btn-outline-primary btn-sm" (click)="open.set(true)">
        <ponte-icon name="it-star-outline" size="sm" color="primary" />
        <span>{{ 'matches.shortlist.add' | t }}<span class="visually-hidden">: {{ title() }}</span></span>
      </button>
    }
  `,
})
export class ShortlistActionComponent {
  private readonly proposals = inject(ProposalsService);
  readonly profileId = input.required<string>();
  readonly kind = input.required<ProposalKind>();
  readonly targetId = input.required<string>();
  readonly title = input('');
  readonly source = input<'match' | 'search'>('match');
  readonly entry = input<ShortlistEntry | undefined>(undefined);
  readonly added = output<void>();

  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  /** Refusals of fields other than the note (the note's show under it). */
  protected readonly unmatched = signal<string[]>([]);
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
  });
  protected readonly note = this.form.controls.note;

  protected add(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    const note = this.note.value.trim();
    this.proposals
      .addToShortlist(this.profileId(), {
        kind: this.kind(),
        targetId: this.targetId(),
        source: this.source(),
        ...(note ? { note } : {}),
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.open.set(false);
          this.note.reset();
          this.added.emit();
        },
        error: (problem: ApiProblem) => {
          this.busy.set(false);
          // The note's identifier refusal arrives on the `note` field.
          const unmatched = applyServerErrors(this.form, problem);
          this.unmatched.set(unmatched.map((e) => e.message));
          if (!problem.errors?.length || unmatched.length) this.problem.set(problem);
        },
      });
  }
}
