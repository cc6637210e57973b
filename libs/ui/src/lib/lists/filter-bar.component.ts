import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { IconComponent } from '../layout/icon.component';
import { ListView } from './list-store';

/**
 * The filter card of a list: `<form ponteFilterBar [formGroup]="filters" [list]="list">` with
 * the fields as content (each control named after its query parameter). Submitting writes
 * them into the URL; the reset shows while the URL narrows the list.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- on the native <form>: submit, reset and the search landmark stay the browser's
  selector: 'form[ponteFilterBar]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent],
  host: {
    class: 'ponte-filters card shadow-sm mb-4',
    role: 'search',
    '[attr.aria-label]': 'label()',
    '(submit)': 'list().apply()',
  },
  template: `
    <div class="card-body">
      @if (headingKey(); as heading) {
        <h2 class="h6 mb-3">{{ heading | t }}</h2>
      }
      <ng-content />
      <div class="d-flex flex-wrap gap-2 mt-3">
        <button type="submit" class="btn btn-primary btn-sm">
          <ponte-icon name="it-search" size="sm" color="white" />
          <span>{{ applyKey() | t }}</span>
        </button>
        @if (list().filtered()) {
          <button
            type="button"
            class="btn btn-outline-primary btn-sm"
            (click)="list().reset()"
          >
            {{ resetKey() | t }}
          </button>
        }
      </div>
    </div>
  `,
})
export class FilterBarComponent {
  readonly list = input.required<ListView<unknown>>();
  readonly labelKey = input('ui.filter.label');
  readonly headingKey = input<string | undefined>(undefined);
  readonly applyKey = input('ui.filter.apply');
  readonly resetKey = input('ui.filter.reset');

  private readonly i18n = inject(TranslationService);
  protected readonly label = computed(() => this.i18n.t(this.labelKey()));
}
