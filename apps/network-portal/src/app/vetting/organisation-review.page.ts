import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { explainVettingChecks, type VettingCheckResult } from '@ponte/domain';
import {
  ApiProblem,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  LoadingStateComponent,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import { ComuniStore } from '../core/comuni.store';
import { decisionsFrom, type OrganisationView, type VettingDecision } from '@ponte/contracts';
import { VettingService } from './vetting.service';

/** The checks and why each passed or failed, with the same @ponte/domain rules as the API. */
export function organisationChecks(o: OrganisationView, seatName: string | null): VettingCheckResult[] {
  return explainVettingChecks(o, seatName);
}

/** One organisation: its registration, the checks, the history of decisions, and the decision. */
@Component({
  selector: 'ponte-organisation-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    StatusBadgeComponent,
    FieldDirective,
    FieldErrorComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  templateUrl: './organisation-review.page.html',
})
export class OrganisationReviewPage implements OnInit {
  private readonly vetting = inject(VettingService);
  private readonly route = inject(ActivatedRoute);
  protected readonly comuni = inject(ComuniStore);
  private readonly router = inject(Router);

  protected readonly organisation = signal<OrganisationView | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly decided = signal<VettingDecision | null>(null);
  protected readonly deciding = signal(false);
  protected readonly decisionProblem = signal<ApiProblem | null>(null);
  protected readonly decisions = computed(() => {
    const o = this.organisation();
    return o ? decisionsFrom(o.status) : [];
  });
  protected readonly checks = computed(() => {
    const o = this.organisation();
    if (!o) return null;
    return organisationChecks(o, this.comuni.get(o.seatComune)?.name ?? null);
  });
  /** The next organisation of the queue (oldest first), other than this one; null at the end. */
  protected readonly next = signal<{ id: string; legalName: string } | null | undefined>(undefined);
  protected readonly asking = signal(false);
  protected readonly asked = signal(false);
  protected readonly askProblem = signal<ApiProblem | null>(null);
  protected readonly question = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(2000)],
  });
  protected readonly form = new FormGroup({
    decision: new FormControl<VettingDecision | ''>('', { nonNullable: true, validators: Validators.required }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(2000)],
    }),
  });

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    this.load();
  }

  protected load(): void {
    const id = this.route.snapshot.paramMap.get('id') ?? '';
    this.problem.set(null);
    this.vetting.organisation(id).subscribe({
      next: (o) => this.organisation.set(o),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
    this.findNext(id);
  }

  /** Skips organisations still awaiting an answer to a question: nothing to decide there yet. */
  private findNext(currentId: string): void {
    this.vetting.queue(1, 50).subscribe({
      next: (page) =>
        this.next.set(page.items.find((o) => o.id !== currentId && o.information !== 'awaiting_answer') ?? null),
      error: () => this.next.set(null),
    });
  }

  protected goNext(): void {
    const next = this.next();
    if (!next) return;
    this.decided.set(null);
    this.asked.set(false);
    this.organisation.set(null);
    void this.router.navigate(['/vetting', next.id]).then(() => this.load());
  }

  protected ask(): void {
    const o = this.organisation();
    if (!o || this.asking()) return;
    if (this.question.invalid || !this.question.value.trim()) {
      this.question.markAsTouched();
      this.question.setErrors({ required: true });
      return;
    }
    this.asking.set(true);
    this.askProblem.set(null);
    this.vetting.askInformation(o.id, this.question.value.trim()).subscribe({
      next: () => {
        this.asking.set(false);
        this.asked.set(true);
        this.question.reset();
        this.load();
      },
      error: (problem: ApiProblem) => {
        this.asking.set(false);
        this.askProblem.set(problem);
      },
    });
  }

  protected decide(): void {
    const o = this.organisation();
    if (!o || this.deciding()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { decision, reason } = this.form.getRawValue();
    this.deciding.set(true);
    this.decisionProblem.set(null);
    this.vetting.decide(o.id, decision as VettingDecision, reason.trim()).subscribe({
      next: (view) => {
        this.deciding.set(false);
        this.decided.set(view.decision);
        this.form.reset();
        this.load();
      },
      error: (problem: ApiProblem) => {
        this.deciding.set(false);
        const unmatched = applyServerErrors(this.form, problem);
        if (!problem.errors?.length || unmatched.length) this.decisionProblem.set(problem);
      },
    });
  }
}
