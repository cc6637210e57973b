import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ListView } from './list-store';

/** A choice of a select filter: a message key, or a label that is data (a network's name). */
export type FilterOption =
  | { value: string; labelKey: string }
  | { value: string; label: string };

/** Options from a vocabulary: each value labelled by `prefix + value`. */
export function filterOptions(
  values: readonly string[],
  prefix: string,
): FilterOption[] {
  return values.map((value) => ({ value, labelKey: prefix + value }));
}

/** A select that filters a list at once: its choice is the query parameter `param`. */
@Component({
  selector: 'ponte-filter-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="select-wrapper">
      <label [for]="inputId()" class="active">{{ labelKey() | t }}</label>
      <select
        [id]="inputId()"
        class="form-select"
        (change)="choose($any($event.target).value)"
      >
        <option value="" [selected]="!selected()">{{ anyKey() | t }}</option>
        @for (o of options(); track o.value) {
          <option [value]="o.value" [selected]="selected() === o.value">
            {{ 'label' in o ? o.label : (o.labelKey | t) }}
          </option>
        }
      </select>
    </div>
  `,
})
export class FilterSelectComponent {
  readonly list = input.required<ListView<unknown>>();
  readonly param = input.required<string>();
  readonly inputId = input.required<string>();
  readonly labelKey = input.required<string>();
  readonly anyKey = input('ui.filter.any');
  readonly options = input.required<readonly FilterOption[]>();

  protected readonly selected = computed(
    () => this.list().params().get(this.param()) ?? '',
  );

  protected choose(value: string): void {
    this.list().set({ [this.param()]: value || null });
  }
}
