import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslationService } from '@ponte/ui';
import { isSuppressed, type IndicatorCell } from '@ponte/domain';

export interface BarDatum {
  label: string;
  /** A second line under the label (the year under January). */
  sublabel?: string;
  cell: IndicatorCell;
}

const WIDTH = 560;
const HEIGHT = 200;
const TOP = 22;
const BOTTOM = 40;
const LEFT = 8;

let nextId = 0;

/**
 * A small inline SVG bar chart of counts (no chart library). Suppressed counts are drawn as a
 * hatched stub labelled "osc." — never as a height that would reveal them. The SVG is an
 * image with a title and a summary; the caller shows the same data as a table next to it.
 */
@Component({
  selector: 'ponte-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <svg class="ponte-chart" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img"
         [attr.aria-labelledby]="id + '-title ' + id + '-desc'" preserveAspectRatio="xMidYMid meet">
      <title [id]="id + '-title'">{{ title() }}</title>
      <desc [id]="id + '-desc'">{{ summary() }}</desc>
      <defs>
        <pattern [id]="id + '-hatch'" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" class="ponte-chart-hatch" />
        </pattern>
      </defs>
      <line class="ponte-chart-axis" [attr.x1]="left" [attr.x2]="width" [attr.y1]="baseline" [attr.y2]="baseline" />
      @for (bar of bars(); track $index) {
        @if (bar.suppressed) {
          <rect class="ponte-chart-suppressed" [attr.x]="bar.x" [attr.y]="baseline - 14" [attr.width]="bar.width" height="14"
                [attr.fill]="'url(#' + id + '-hatch)'" />
          <text class="ponte-chart-value ponte-chart-value-muted" [attr.x]="bar.x + bar.width / 2" [attr.y]="baseline - 18">{{ 'indicators.chartSuppressed' | t }}</text>
        } @else {
          <rect class="ponte-chart-bar" [attr.x]="bar.x" [attr.y]="baseline - bar.height" [attr.width]="bar.width" [attr.height]="bar.height" />
          <text class="ponte-chart-value" [attr.x]="bar.x + bar.width / 2" [attr.y]="baseline - bar.height - 5">{{ bar.value }}</text>
        }
        <text class="ponte-chart-label" [attr.x]="bar.x + bar.width / 2" [attr.y]="baseline + 17">{{ bar.label }}</text>
        @if (bar.sublabel) {
          <text class="ponte-chart-label ponte-chart-sublabel" [attr.x]="bar.x + bar.width / 2" [attr.y]="baseline + 33">{{ bar.sublabel }}</text>
        }
      }
    </svg>
  `,
})
export class BarChartComponent {
  private readonly i18n = inject(TranslationService);
  readonly data = input.required<readonly BarDatum[]>();
  readonly title = input.required<string>();
  protected readonly id = `ponte-chart-${nextId++}`;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly baseline = HEIGHT - BOTTOM;

  protected readonly bars = computed(() => {
    const data = this.data();
    const max = Math.max(1, ...data.map((d) => (isSuppressed(d.cell) ? 0 : d.cell.value)));
    const slot = (WIDTH - LEFT) / Math.max(1, data.length);
    const barWidth = Math.max(4, Math.min(48, slot * 0.6));
    const format = new Intl.NumberFormat(this.i18n.locale());
    return data.map((d, i) => {
      const suppressed = isSuppressed(d.cell);
      const value = suppressed ? 0 : (d.cell as { value: number }).value;
      return {
        label: d.label,
        sublabel: d.sublabel,
        suppressed,
        value: format.format(value),
        x: LEFT + i * slot + (slot - barWidth) / 2,
        width: barWidth,
        height: suppressed ? 0 : Math.max(value > 0 ? 2 : 0, ((HEIGHT - TOP - BOTTOM) * value) / max),
      };
    });
  });

  protected readonly summary = computed(() => {
    const data = this.data();
    const shown = data.filter((d) => !isSuppressed(d.cell)) as { label: string; cell: { value: number } }[];
    const suppressed = data.length - shown.length;
    const top = [...shown].sort((a, b) => b.cell.value - a.cell.value)[0];
    return this.i18n.t('indicators.chartSummary', {
      count: data.length,
      suppressed,
      max: top ? `${top.label} (${top.cell.value})` : '—',
    });
  });
}
