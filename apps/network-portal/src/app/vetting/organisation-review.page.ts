import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  isValidAtecoCode,
  isValidCodiceFiscaleOrganisation,
  isValidPartitaIva,
} from '@ponte/domain';
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
import { checksFor } from './vetting-queue.page';
import { DECISIONS_FROM, OrganisationView, VettingChecks, VettingDecision } from './vetting.models';
import { VettingService } from './vetting.service';

/** The checks of the queue, computed with the same @ponte/domain validators as the API. */
export function organisationChecks(o: OrganisationView, seatKnown: boolean): VettingChecks {
  return {
    vatNumberValid: o.vatNumber !== null && isValidPartitaIva(o.vatNumber),
    taxCodeValid: o.taxCode !== null && isValidCodiceFiscaleOrganisation(o.taxCode),
    atecoFormatValid: o.atecoCode !== null && isValidAtecoCode(o.atecoCode),
    declarationPresent: o.antiHarassmentDeclaredAt !== null,
    accreditationPresent: o.kind !== 'training_body' || !!o.accreditationNumber?.trim(),
    seatComuneKnown: seatKnown,
  };
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
  protected readonly checkKeys = computed(() => checksFor(this.organisation()?.kind ?? ''));

  protected readonly organisation = signal<OrganisationView | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly decided = signal<VettingDecision | null>(null);
  protected readonly deciding = signal(false);
  protected readonly decisionProblem = signal<ApiProblem | null>(null);
  protected readonly decisions = computed(() => {
    const o = this.organisation();
    return o ? DECISIONS_FROM[o.status] : [];
  });
  protected readonly checks = computed(() => {
    const o = this.organisation();
    if (!o) return null;
    this.comuni.all();
    return organisationChecks(o, !!o.seatComune && !!this.comuni.get(o.seatComune));
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
