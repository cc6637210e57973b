import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { ApiProblem } from '../api/api-problem';
import { problemMessageKey } from '../api/problem-message';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * A failed load. Shows the API's `detail` (already in the request's language) when there is
 * one, a translated generic message otherwise, and a retry button when `retry` is bound.
 */
@Component({
  selector: 'ponte-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="alert alert-danger ponte-state" role="alert">
      <p class="h5 alert-heading">{{ titleKey() | t }}</p>
      <p class="mb-0">
        @if (problem()?.detail; as detail) {
          {{ detail }}
        } @else {
          {{ fallbackKey() | t }}
        }
      </p>
      @if (retryable()) {
        <button
          type="button"
          class="btn btn-outline-danger btn-sm mt-3"
          (click)="retry.emit()"
        >
          {{ 'ui.state.error.retry' | t }}
        </button>
      }
    </div>
  `,
})
export class ErrorStateComponent {
  readonly problem = input<ApiProblem | null | undefined>(undefined);
  readonly titleKey = input('ui.state.error.title');
  /** Set to false for failures a retry cannot fix. */
  readonly retryable = input(true);
  readonly retry = output<void>();

  protected readonly fallbackKey = computed(() =>
    problemMessageKey(this.problem()),
  );
}
