import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ORGANISATION_KINDS } from '@ponte/domain';
import {
  ApiClient,
  ApiProblem,
  ComunePickerComponent,
  FieldDirective,
  FieldErrorComponent,
  FieldProblem,
  TranslatePipe,
  TranslationService,
  applyServerErrors,
  problemMessageKey,
} from '@ponte/ui';
import { BundledComuni } from './bundled-comuni';
import { buildRegistrationForm, registrationBody } from './registration.form';

/**
 * Public registration of a company, training body or union with its first administrator.
 * Partita IVA, codice fiscale, ATECO code and phone are checked as the user types, with the
 * same rules as the API; the API's own field errors land next to the fields.
 */
@Component({
  selector: 'ponte-registration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldDirective,
    FieldErrorComponent,
    ComunePickerComponent,
  ],
  templateUrl: './registration.page.html',
})
export class RegistrationPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly comuni = inject(BundledComuni);
  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly form = buildRegistrationForm(inject(FormBuilder));
  protected readonly submitting = signal(false);
  protected readonly alert = signal<{ key: string } | { text: string } | null>(null);
  protected readonly unmatched = signal<FieldProblem[]>([]);

  constructor() {
    // Training bodies must give their regional accreditation number.
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => {
      const accreditation = this.form.controls.accreditationNumber;
      accreditation.setValidators(
        kind === 'training_body' ? [Validators.required, Validators.maxLength(60)] : [Validators.maxLength(60)],
      );
      accreditation.updateValueAndValidity();
    });
    // The password rule depends on the e-mail: check it again when the e-mail changes.
    this.form.controls.admin.controls.email.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.admin.controls.password.updateValueAndValidity());
  }

  protected identityMissing(): boolean {
    const { vatNumber, taxCode } = this.form.controls;
    return this.form.hasError('identityRequired') && (vatNumber.touched || taxCode.touched);
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.alert.set({ key: 'registration.fixErrors' });
      this.focusFirstInvalid();
      return;
    }
    this.submitting.set(true);
    this.alert.set(null);
    this.unmatched.set([]);
    const body = registrationBody(this.form, this.i18n.language());
    this.api.post<{ organisationId: string }>('/organisations/registrations', body).subscribe({
      next: () =>
        void this.router.navigate(['/register/done'], {
          state: { email: body.admin.email, legalName: body.legalName },
        }),
      error: (problem: ApiProblem) => {
        this.submitting.set(false);
        const unmatched = applyServerErrors(this.form, problem);
        this.unmatched.set(unmatched);
        if (problem.status === 429) this.alert.set({ key: 'registration.tooMany' });
        else if (problem.errors?.length) this.alert.set({ key: 'registration.fixErrors' });
        else this.alert.set(problem.detail ? { text: problem.detail } : { key: problemMessageKey(problem) });
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('form .is-invalid, form [aria-invalid="true"]')?.focus(),
      { injector: this.injector },
    );
  }
}
