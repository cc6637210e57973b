import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Shown while a list or page loads; announced politely to screen readers. */
@Component({
  selector: 'ponte-loading-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div
      class="ponte-state d-flex align-items-center gap-3 py-4"
      role="status"
      aria-live="polite"
    >
      <div
        class="progress-spinner progress-spinner-active size-sm"
        aria-hidden="true"
      ></div>
      <span>{{ messageKey() | t }}</span>
    </div>
  `,
})
export class LoadingStateComponent {
  readonly messageKey = input('ui.state.loading');
}
