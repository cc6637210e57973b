import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslationService } from '@ponte/ui';
import { isSuppressed, type IndicatorCell } from '@ponte/domain';

/**
 * One count of the dashboard: the number, or "dato oscurato" when the API withheld it (a
 * count under the threshold, or one that would let a small count be worked out). The
 * suppressed mark is text, not colour, and screen readers hear the full explanation.
 */
@Component({
  selector: 'ponte-indicator-cell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (suppressed()) {
      <span class="ponte-suppressed" [attr.title]="'indicators.suppressedTitle' | t: { threshold: threshold() }">
        <span aria-hidden="true">{{ 'indicators.suppressedShort' | t: { threshold: threshold() } }}</span>
        <span class="visually-hidden">{{ 'indicators.suppressedTitle' | t: { threshold: threshold() } }}</span>
      </span>
    } @else {
      {{ formatted() }}
    }
  `,
})
export class IndicatorCellComponent {
  private readonly i18n = inject(TranslationService);
  readonly cell = input.required<IndicatorCell>();
  readonly threshold = input(5);
  protected readonly suppressed = computed(() => isSuppressed(this.cell()));
  protected readonly formatted = computed(() => {
    const cell = this.cell();
    return isSuppressed(cell) ? '' : new Intl.NumberFormat(this.i18n.locale()).format(cell.value);
  });
}
