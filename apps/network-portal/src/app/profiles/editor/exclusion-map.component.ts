import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { greatCircleKm } from '@ponte/domain';
import { TranslatePipe, TranslationService } from '@ponte/ui';
import { type Comune, Exclusion } from '@ponte/contracts';

const KM_PER_DEGREE = 111.32;
const PADDING_KM = 4;

export interface ExclusionArea {
  centre: Comune;
  radiusKm: number;
  /** Comuni whose centre lies within the radius (the centre itself included). */
  inside: Comune[];
}

/** The comuni inside each exclusion area, by great-circle distance between comune centres. */
export function exclusionAreas(
  comuni: readonly Comune[],
  exclusions: readonly Exclusion[],
): ExclusionArea[] {
  const located = comuni.filter((c) => c.lat !== undefined && c.lon !== undefined);
  return exclusions.flatMap((e) => {
    const centre = located.find((c) => c.istatCode === e.comune);
    if (!centre) return [];
    const inside = located
      .filter((c) => greatCircleKm(centre as Required<Comune>, c as Required<Comune>) <= e.radiusKm)
      .sort((a, b) => a.name.localeCompare(b.name, 'it'));
    return [{ centre, radiusKm: e.radiusKm, inside }];
  });
}

/**
 * A simple map of the metropolitan area: one dot per comune, the home comune marked, each
 * exclusion area drawn as a circle of its radius. The SVG is an image with a title and a
 * description; the list after it says the same in words (which comuni each area covers).
 */
@Component({
  selector: 'ponte-exclusion-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <figure class="ponte-map mb-0">
      <svg
        [attr.viewBox]="viewBox()"
        role="img"
        aria-labelledby="pf-map-title pf-map-desc"
        class="ponte-map-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="pf-map-title">{{ 'profiles.map.title' | t }}</title>
        <desc id="pf-map-desc">{{ description() }}</desc>
        @for (area of areas(); track $index) {
          <circle
            class="ponte-map-area"
            [attr.cx]="x(area.centre)"
            [attr.cy]="y(area.centre)"
            [attr.r]="area.radiusKm"
          />
        }
        @for (c of located(); track c.istatCode) {
          <circle class="ponte-map-comune" [attr.cx]="x(c)" [attr.cy]="y(c)" r="0.6" />
        }
        @if (milano(); as m) {
          <text class="ponte-map-ref" [attr.x]="x(m) + 1.2" [attr.y]="y(m) + 3.2">{{ m.name }}</text>
        }
        @for (area of areas(); track $index) {
          <circle class="ponte-map-centre" [attr.cx]="x(area.centre)" [attr.cy]="y(area.centre)" r="0.8" />
          <text class="ponte-map-label" [attr.x]="x(area.centre) + 1.2" [attr.y]="y(area.centre) - 1.2">
            {{ area.centre.name }}
          </text>
        }
        @if (home(); as h) {
          <rect class="ponte-map-home" [attr.x]="x(h) - 0.9" [attr.y]="y(h) - 0.9" width="1.8" height="1.8" />
        }
      </svg>
      <figcaption class="ponte-map-legend small">
        <span><span class="ponte-map-key ponte-map-key-area" aria-hidden="true"></span>{{ 'profiles.map.keyArea' | t }}</span>
        <span><span class="ponte-map-key ponte-map-key-home" aria-hidden="true"></span>{{ 'profiles.map.keyHome' | t }}</span>
        <span><span class="ponte-map-key ponte-map-key-comune" aria-hidden="true"></span>{{ 'profiles.map.keyComune' | t }}</span>
      </figcaption>
    </figure>
    @if (areas().length) {
      <ul class="ponte-map-text small mt-2">
        @for (area of areas(); track $index) {
          <li>
            {{ 'profiles.map.areaText' | t: { name: area.centre.name, km: area.radiusKm, count: area.inside.length } }}
            {{ names(area) }}
          </li>
        }
      </ul>
    }
  `,
})
export class ExclusionMapComponent {
  private readonly i18n = inject(TranslationService);
  readonly comuni = input.required<readonly Comune[]>();
  readonly exclusions = input.required<readonly Exclusion[]>();
  readonly homeComune = input<string | null>(null);

  protected readonly located = computed(() =>
    this.comuni().filter((c) => c.lat !== undefined && c.lon !== undefined),
  );
  protected readonly areas = computed(() => exclusionAreas(this.comuni(), this.exclusions()));
  /** Milano, labelled for orientation. */
  protected readonly milano = computed(() => this.located().find((c) => c.istatCode === '015146'));
  protected readonly home = computed(() =>
    this.located().find((c) => c.istatCode === this.homeComune()),
  );

  private readonly frame = computed(() => {
    const all = this.located();
    // Before the comuni arrive: the metropolitan area's extent, so the frame is never empty.
    const lats = all.length ? all.map((c) => c.lat as number) : [45.25, 45.65];
    const lons = all.length ? all.map((c) => c.lon as number) : [8.7, 9.55];
    const north = Math.max(...lats);
    const south = Math.min(...lats);
    const west = Math.min(...lons);
    const east = Math.max(...lons);
    const kx = KM_PER_DEGREE * Math.cos((((north + south) / 2) * Math.PI) / 180);
    return { north, west, kx, width: (east - west) * kx, height: (north - south) * KM_PER_DEGREE };
  });

  protected readonly viewBox = computed(() => {
    const f = this.frame();
    return `${-PADDING_KM} ${-PADDING_KM} ${f.width + 2 * PADDING_KM} ${f.height + 2 * PADDING_KM}`;
  });

  protected readonly description = computed(() => {
    const areas = this.areas();
    if (!areas.length) return this.i18n.t('profiles.map.none');
    return areas
      .map((a) =>
        this.i18n.t('profiles.map.areaText', {
          name: a.centre.name,
          km: a.radiusKm,
          count: a.inside.length,
        }),
      )
      .join(' ');
  });

  protected x(c: Comune): number {
    const f = this.frame();
    return round(((c.lon as number) - f.west) * f.kx);
  }

  protected y(c: Comune): number {
    const f = this.frame();
    return round((f.north - (c.lat as number)) * KM_PER_DEGREE);
  }

  protected names(area: ExclusionArea): string {
    return area.inside.map((c) => c.name).join(', ') + '.';
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
