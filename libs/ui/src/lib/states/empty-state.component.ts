import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from '../layout/icon.component';

/** A list with nothing to show. Project actions (e.g. "Create an offer") as content. */
@Component({
  selector: 'ponte-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent],
  template: `
    <div class="ponte-state ponte-state-empty text-center py-5 px-3">
      <ponte-icon [name]="icon()" size="lg" color="primary" />
      <p class="h5 mt-3">{{ titleKey() | t }}</p>
      @if (messageKey(); as key) {
        <p class="text-secondary mb-3">{{ key | t }}</p>
      }
      <ng-content />
    </div>
  `,
})
export class EmptyStateComponent {
  readonly titleKey = input('ui.state.empty.title');
  readonly messageKey = input<string | undefined>(undefined);
  readonly icon = input('it-inbox');
}
