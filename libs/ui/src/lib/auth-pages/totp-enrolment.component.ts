import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { ApiProblem } from '../api/api-problem';
import type { AuthUser, EnrolmentConfirmed, TotpEnrolment } from '@ponte/contracts';
import { AuthService } from '../auth/auth.service';
import { FieldErrorComponent } from '../forms/field-error.component';
import { FieldDirective } from '../forms/field.directive';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from '../layout/icon.component';

function sixDigits(control: { value: string }): ValidationErrors | null {
  return !control.value || /^\d{6}$/.test(control.value.trim())
    ? null
    : { totpCode: { messageKey: 'auth.totp.codeFormat' } };
}

/**
 * The first sign-in of an account that must use TOTP: install an app, scan the QR code (or
 * type the key), confirm with a first code, then keep the ten recovery codes. The session
 * starts only once the user confirms having kept them (`done`); `expired` asks the page to
 * go back to e-mail and password.
 */
@Component({
  selector: 'ponte-totp-enrolment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, IconComponent, FieldDirective, FieldErrorComponent],
  template: `
    @if (confirmed(); as result) {
      <h2 class="h4" tabindex="-1" #codesHeading>{{ 'auth.enrol.codesHeading' | t }}</h2>
      <p>{{ 'auth.enrol.codesIntro' | t }}</p>
      <ol class="ponte-recovery-codes" [attr.aria-label]="'auth.enrol.codesLabel' | t">
        @for (code of result.recoveryCodes; track code) {
          <li><span class="ponte-mono">{{ code }}</span></li>
        }
      </ol>
      <div class="d-flex flex-wrap gap-2 mb-4">
        <button type="button" class="btn btn-outline-primary btn-sm" (click)="copy(result.recoveryCodes)">
          <ponte-icon name="it-copy" size="sm" color="primary" />
          <span>{{ 'auth.enrol.copy' | t }}</span>
        </button>
        <button type="button" class="btn btn-outline-primary btn-sm" (click)="print()">
          <ponte-icon name="it-print" size="sm" color="primary" />
          <span>{{ 'auth.enrol.print' | t }}</span>
        </button>
        <span role="status" class="align-self-center small">{{ copied() ? ('auth.enrol.copied' | t) : '' }}</span>
      </div>
      <div class="form-check">
        <input id="enrol-saved" type="checkbox" [checked]="saved()" (change)="saved.set($any($event.target).checked)"
               [attr.aria-describedby]="savedError() ? 'enrol-saved-error' : null" />
        <label for="enrol-saved">{{ 'auth.enrol.saved' | t }}</label>
      </div>
      @if (savedError()) {
        <p id="enrol-saved-error" class="text-danger small" role="alert">{{ 'auth.enrol.savedRequired' | t }}</p>
      }
      <div class="mt-3">
        <button type="button" class="btn btn-primary" (click)="finish(result)">
          {{ 'auth.enrol.continue' | t }}
        </button>
      </div>
    } @else {
      <ol class="ponte-steps ps-3">
        <li>
          <p class="fw-semibold">{{ 'auth.enrol.step1' | t }}</p>
          <p>{{ 'auth.enrol.step1Text' | t }}</p>
        </li>
        <li>
          <p class="fw-semibold">{{ 'auth.enrol.step2' | t }}</p>
          <p>{{ 'auth.enrol.step2Text' | t }}</p>
          @if (enrolment(); as e) {
            <img class="ponte-qr my-3" [src]="e.qrCode" [attr.alt]="'auth.enrol.qrAlt' | t" width="200" height="200" />
            <p class="mb-1 small fw-semibold">{{ 'auth.enrol.secret' | t }}</p>
            <p class="ponte-mono ponte-secret">{{ groupedSecret(e.secret) }}</p>
          } @else if (!problem()) {
            <p role="status">{{ 'auth.enrol.loading' | t }}</p>
          }
        </li>
        <li>
          <p class="fw-semibold">{{ 'auth.enrol.step3' | t }}</p>
          <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
            <div class="form-group mt-3">
              <label for="enrol-code" class="active">{{ 'auth.totp.code' | t }}</label>
              <input id="enrol-code" type="text" class="form-control ponte-otp" formControlName="code"
                     autocomplete="one-time-code" inputmode="numeric" maxlength="6" required
                     ponteField="enrol-code-error" ponteFieldHint="enrol-code-hint" />
              <small id="enrol-code-hint" class="form-text">{{ 'auth.totp.hint' | t }}</small>
              <ponte-field-error id="enrol-code-error" [control]="form.controls.code" />
            </div>
            @if (problem(); as p) {
              <div class="alert alert-danger" role="alert">{{ problemKey() | t }}</div>
            }
            <button type="submit" class="btn btn-primary" [disabled]="submitting() || !enrolment()"
                    [attr.aria-busy]="submitting()">
              {{ (submitting() ? 'auth.enrol.confirming' : 'auth.enrol.confirm') | t }}
            </button>
          </form>
        </li>
      </ol>
      <button type="button" class="btn btn-link px-0 mt-2" (click)="cancelled.emit()">
        {{ 'auth.totp.back' | t }}
      </button>
    }
  `,
})
export class TotpEnrolmentComponent implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  readonly enrolmentToken = input.required<string>();
  readonly done = output<AuthUser>();
  /** Back to e-mail and password (offered until the enrolment is confirmed). */
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, sixDigits]],
  });
  protected readonly enrolment = signal<TotpEnrolment | null>(null);
  protected readonly confirmed = signal<EnrolmentConfirmed | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly submitting = signal(false);
  protected readonly saved = signal(false);
  protected readonly savedError = signal(false);
  protected readonly copied = signal(false);
  private readonly codesHeading = viewChild<ElementRef<HTMLElement>>('codesHeading');

  ngOnInit(): void {
    this.auth.startEnrolment(this.enrolmentToken()).subscribe({
      next: (enrolment) => this.enrolment.set(enrolment),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected problemKey(): string {
    const p = this.problem();
    return p && (p.status === 401 || p.status === 410 || !this.enrolment())
      ? 'auth.enrol.expired'
      : 'auth.enrol.invalid';
  }

  protected groupedSecret(secret: string): string {
    return secret.replace(/(.{4})/g, '$1 ').trim();
  }

  protected confirm(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    this.auth.confirmEnrolment(this.enrolmentToken(), this.form.controls.code.value.trim()).subscribe({
      next: (result) => {
        this.submitting.set(false);
        this.confirmed.set(result);
        afterNextRender(() => this.codesHeading()?.nativeElement.focus(), { injector: this.injector });
      },
      error: (problem: ApiProblem) => {
        this.submitting.set(false);
        this.form.reset();
        this.problem.set(problem);
      },
    });
  }

  protected copy(codes: string[]): void {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) return;
    void clipboard.writeText(codes.join('\n')).then(() => this.copied.set(true));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected finish(result: EnrolmentConfirmed): void {
    if (!this.saved()) {
      this.savedError.set(true);
      return;
    }
    this.done.emit(this.auth.completeEnrolment(result));
  }
}
