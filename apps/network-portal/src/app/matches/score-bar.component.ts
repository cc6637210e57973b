import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ponte/ui';

/**
 * A 0-100 score as a number and a bar. The number is the information; the bar (hidden from
 * assistive technology) only helps the eye compare cards. Colour follows the band and is
 * never the only cue: the band is written next to the number.
 */
@Component({
  selector: 'ponte-score-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="ponte-score" [class]="'ponte-score-' + band()">
      <p class="mb-1">
        <span class="visually-hidden">{{ 'matches.scoreSr' | t: { score: rounded(), band: ('matches.band.' + band() | t) } }}</span>
        <span class="ponte-score-value" aria-hidden="true">
          <span class="ponte-score-number">{{ rounded() }}</span><span class="ponte-score-max">/100</span>
          <span class="ponte-score-band">{{ 'matches.band.' + band() | t }}</span>
        </span>
      </p>
      <div class="ponte-score-track" aria-hidden="true">
        <div class="ponte-score-fill" [style.width.%]="rounded()"></div>
      </div>
    </div>
  `,
})
export class ScoreBarComponent {
  readonly score = input.required<number>();
  protected readonly rounded = computed(() => Math.round(Math.min(100, Math.max(0, this.score()))));
  protected readonly band = computed(() => {
    const s = this.rounded();
    return s >= 75 ? 'high' : s >= 50 ? 'medium' : 'low';
  });
}
