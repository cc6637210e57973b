import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { PERMISSIONS } from '@ponte/domain';
import {
  ApiClient,
  ApiProblem,
  ComunePickerComponent,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  LoadingStateComponent,
  PonteDatePipe,
  ReferenceService,
  SessionStore,
  StatusBadgeComponent,
  TranslatePipe,
  applyServerErrors,
  problemMessageKey,
} from '@ponte/ui';
import { OrganisationStatusComponent } from '../core/organisation-status.component';
import { OrganisationStore } from '../core/organisation.store';
import type { OrganisationView } from '@ponte/contracts';
import { atecoCode, italianPhone } from '../registration/registration.form';

/** The organisation's record, its vetting status with the coordinators' reasons, and the fields it may edit. */
@Component({
  selector: 'ponte-organisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PonteDatePipe,
    StatusBadgeComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    FieldDirective,
    FieldErrorComponent,
    ComunePickerComponent,
    OrganisationStatusComponent,
  ],
  templateUrl: './organisation.page.html',
})
export class OrganisationPage {
  private readonly api = inject(ApiClient);
  protected readonly store = inject(OrganisationStore);
  private readonly session = inject(SessionStore);
  private readonly fb = inject(FormBuilder);
  protected readonly canEdit = this.session.hasPermission(PERMISSIONS.ORGANISATION_MANAGE_OWN);
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly alert = signal<string | null>(null);
  protected readonly form = this.fb.nonNullable.group({
    atecoCode: ['', [Validators.required, atecoCode]],
    seatComune: this.fb.control<string | null>(null, Validators.required),
    accreditationNumber: ['', Validators.maxLength(60)],
    contact: this.fb.nonNullable.group({
      name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
      email: ['', [Validators.required, Validators.email]],
      phone: ['', [Validators.maxLength(30), italianPhone]],
    }),
  });

  private readonly answers = new Map<string, FormControl<string>>();

  /** The answer box of one question (kept while the page lives, so a failed send loses nothing). */
  protected answerControl(id: string): FormControl<string> {
    let control = this.answers.get(id);
    if (!control) {
      control = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
      this.answers.set(id, control);
    }
    return control;
  }

  protected answer(id: string): void {
    const control = this.answerControl(id);
    if (control.invalid || !control.value.trim()) {
      control.setErrors({ required: true });
      control.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.alert.set(null);
    this.api.post(`/organisations/mine/information-requests/${id}/answer`, { answer: control.value.trim() }).subscribe({
      next: () => {
        this.saving.set(false);
        this.notice.set('organisation.info.sent');
        this.reload();
      },
      error: (problem: ApiProblem) => {
        this.saving.set(false);
        this.alert.set(problem.errors?.map((e) => e.message).join(' ') || problem.detail || problemMessageKey(problem));
      },
    });
  }

  /** The seat's name (the record holds its ISTAT code). */
  protected readonly seatName = signal<string | null>(null);

  constructor() {
    this.reload();
    const reference = inject(ReferenceService);
    effect(() => {
      const code = this.store.organisation()?.seatComune;
      this.seatName.set(null);
      if (code) reference.comune(code).subscribe({ next: (c) => this.seatName.set(c.name), error: () => undefined });
    });
  }

  protected reload(): void {
    this.store.reload().subscribe({ error: () => undefined });
  }

  protected edit(o: OrganisationView): void {
    this.form.reset({
      atecoCode: o.atecoCode ?? '',
      seatComune: o.seatComune,
      accreditationNumber: o.accreditationNumber ?? '',
      contact: { name: o.contact.name ?? '', email: o.contact.email ?? '', phone: o.contact.phone ?? '' },
    });
    this.notice.set(null);
    this.editing.set(true);
  }

  protected save(kind: string): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body = {
      atecoCode: v.atecoCode.trim(),
      seatComune: v.seatComune,
      contact: { name: v.contact.name.trim(), email: v.contact.email.trim(), ...(v.contact.phone.trim() ? { phone: v.contact.phone.trim() } : {}) },
      ...(kind === 'training_body' ? { accreditationNumber: v.accreditationNumber.trim() } : {}),
    };
    this.saving.set(true);
    this.alert.set(null);
    this.api.patch<OrganisationView>('/organisations/mine', body).subscribe({
      next: (o) => {
        this.saving.set(false);
        this.store.organisation.set(o);
        this.editing.set(false);
        this.notice.set('organisation.saved');
      },
      error: (problem: ApiProblem) => {
        this.saving.set(false);
        const unmatched = applyServerErrors(this.form, problem);
        this.alert.set(unmatched.map((e) => e.message).join(' ') || (problem.errors?.length ? null : problem.detail ?? problemMessageKey(problem)));
      },
    });
  }
}
