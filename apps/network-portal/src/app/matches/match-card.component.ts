import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { IconComponent, PonteDatePipe, TranslatePipe, TranslationService } from '@ponte/ui';
import { ComuniStore } from '../core/comuni.store';
import { ConceptLabels } from '../core/concept-labels';
import {
  CourseExplanation,
  Match,
  OfferExplanation,
  isOfferExplanation,
} from '@ponte/contracts';
import { ScoreBarComponent } from './score-bar.component';

/**
 * One ranked offer or course, readable at a glance: score, the skills she has and lacks,
 * distance, schedule fit; the points per component on demand. Actions are projected by the
 * page (shortlist, pathways).
 */
@Component({
  selector: 'ponte-match-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PonteDatePipe, IconComponent, ScoreBarComponent],
  template: `
    @let m = match();
    <article class="card shadow-sm ponte-match-card" [attr.aria-labelledby]="'match-' + m.listing.id">
      <div class="card-body">
        <div class="row g-3">
          <div class="col-12 col-md-8">
            <p class="ponte-eyebrow mb-1">{{ 'matches.card.rank' | t: { rank: m.rank } }} · {{ 'vocab.kind.' + m.kind | t }}</p>
            <h2 class="h5 mb-1" [id]="'match-' + m.listing.id">{{ m.listing.title }}</h2>
            <p class="mb-2 text-secondary">
              {{ m.listing.organisation.name }} ·
              @if (m.listing.comune) { {{ comuni.name(m.listing.comune) }} } @else { {{ 'matches.card.remote' | t }} }
              @if (m.listing.workMode === 'hybrid') { · {{ 'domain.workMode.hybrid' | t }} }
            </p>
          </div>
          <div class="col-12 col-md-4">
            <ponte-score-bar [score]="m.score" />
          </div>
        </div>

        <dl class="ponte-glance">
          <div>
            <dt><ponte-icon name="it-map-marker" size="sm" color="primary" /> {{ 'matches.card.distance' | t }}</dt>
            <dd>{{ distance() }}</dd>
          </div>
          <div>
            <dt><ponte-icon name="it-clock" size="sm" color="primary" /> {{ 'matches.card.schedule' | t }}</dt>
            <dd>{{ schedule() }}</dd>
          </div>
          @if (offer(); as o) {
            <div>
              <dt><ponte-icon name="it-check-circle" size="sm" color="primary" /> {{ 'matches.card.coverage' | t }}</dt>
              <dd>{{ 'matches.card.coverageValue' | t: { held: essentialHeld(), total: essentialTotal() } }}</dd>
            </div>
            @if (m.listing.contract) {
              <div>
                <dt><ponte-icon name="it-file" size="sm" color="primary" /> {{ 'matches.card.contract' | t }}</dt>
                <dd>{{ 'domain.contract.' + m.listing.contract | t }}</dd>
              </div>
            }
          } @else if (course(); as c) {
            <div>
              <dt><ponte-icon name="it-calendar" size="sm" color="primary" /> {{ 'matches.card.start' | t }}</dt>
              <dd>{{ c.startDate ? (c.startDate | ponteDate) : ('matches.card.startOpen' | t) }} · {{ 'matches.card.seats' | t: { seats: c.seats } }}</dd>
            </div>
            <div>
              <dt><ponte-icon name="it-arrow-right-circle" size="sm" color="primary" /> {{ 'matches.card.unlocks' | t }}</dt>
              <dd>{{ 'matches.card.unlocksValue' | t: { count: c.unlocksCount } }}</dd>
            </div>
          }
          <div>
            <dt><ponte-icon name="it-calendar" size="sm" color="primary" /> {{ 'matches.card.deadline' | t }}</dt>
            <dd>{{ m.listing.deadline | ponteDate }}</dd>
          </div>
        </dl>

        @if (offer(); as o) {
          <div class="row g-3">
            <div class="col-12 col-lg-6">
              <p class="ponte-explanation-heading mb-1">{{ 'matches.card.has' | t }}</p>
              <ul class="ponte-skill-chips list-unstyled">
                @for (s of held(); track s.uri) {
                  <li class="ponte-skill-chip ponte-skill-has">
                    <ponte-icon name="it-check" size="xs" color="success" />
                    {{ label(s.uri) }}
                    @if (s.tier === 'broader') { <span class="ponte-tag ponte-tag-muted">{{ 'matches.card.broader' | t }}</span> }
                    @if (!s.essential) { <span class="ponte-tag ponte-tag-muted">{{ 'ui.match.optional' | t }}</span> }
                  </li>
                } @empty {
                  <li class="text-secondary">{{ 'ui.match.noneMatched' | t }}</li>
                }
              </ul>
            </div>
            <div class="col-12 col-lg-6">
              <p class="ponte-explanation-heading mb-1">{{ 'matches.card.lacks' | t }}</p>
              <ul class="ponte-skill-chips list-unstyled">
                @for (uri of o.missingEssential; track uri) {
                  <li class="ponte-skill-chip ponte-skill-lacks">
                    <ponte-icon name="it-minus-circle" size="xs" color="warning" />
                    {{ label(uri) }}
                  </li>
                } @empty {
                  <li class="text-secondary">{{ 'matches.card.lacksNone' | t }}</li>
                }
              </ul>
              @if (o.missingEssential.length) {
                <a class="small" [routerLink]="['../pathways']" [queryParams]="{ offerId: m.listing.id }">
                  {{ 'matches.card.pathwaysFor' | t }}
                </a>
              }
            </div>
          </div>
        } @else if (course(); as c) {
          <p class="ponte-explanation-heading mb-1">{{ 'matches.card.closes' | t }}</p>
          <ul class="ponte-skill-chips list-unstyled">
            @for (uri of c.closes; track uri) {
              <li class="ponte-skill-chip ponte-skill-gain">
                <ponte-icon name="it-plus-circle" size="xs" color="primary" />
                {{ label(uri) }}
              </li>
            } @empty {
              <li class="text-secondary">{{ 'matches.card.closesNone' | t }}</li>
            }
          </ul>
        }

        <details class="ponte-details mt-2">
          <summary>{{ 'matches.card.why' | t }}</summary>
          <table class="table table-sm ponte-points mt-2">
            <caption class="visually-hidden">{{ 'matches.card.pointsCaption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'matches.points.component' | t }}</th>
                <th scope="col" class="text-end">{{ 'matches.points.points' | t }}</th>
                <th scope="col" class="text-end">{{ 'matches.points.max' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of points(); track p.key) {
                <tr><th scope="row">{{ 'matches.points.' + p.key | t }}</th><td class="text-end">{{ p.value }}</td><td class="text-end">{{ p.max }}</td></tr>
              }
              <tr class="fw-semibold"><th scope="row">{{ 'matches.points.total' | t }}</th><td class="text-end">{{ total() }}</td><td class="text-end">100</td></tr>
            </tbody>
          </table>
          <p class="small text-secondary mb-2">{{ (offer() ? 'matches.card.scaleOffer' : 'matches.card.scaleCourse') | t }}</p>
          @if (offer(); as o) {
            <ul class="small mb-0">
              <li>{{ 'vocab.occupationFit.' + o.occupation | t }}</li>
              <li>{{ 'vocab.contractFit.' + o.contract.fit | t }}</li>
              @for (a of o.accommodations.met; track a) {
                <li>{{ 'matches.card.accommodationMet' | t: { name: ('domain.accommodation.' + a | t) } }}</li>
              }
              @for (a of o.accommodations.unmet; track a) {
                <li>{{ 'matches.card.accommodationUnmet' | t: { name: ('domain.accommodation.' + a | t) } }}</li>
              }
            </ul>
          }
        </details>

        <div class="ponte-card-actions mt-3">
          <ng-content />
        </div>
      </div>
    </article>
  `,
})
export class MatchCardComponent implements OnInit {
  private readonly labels = inject(ConceptLabels);
  private readonly i18n = inject(TranslationService);
  protected readonly comuni = inject(ComuniStore);
  readonly match = input.required<Match>();

  protected readonly offer = computed((): OfferExplanation | null => {
    const e = this.match().explanation;
    return isOfferExplanation(e) ? e : null;
  });
  protected readonly course = computed((): CourseExplanation | null => {
    const e = this.match().explanation;
    return isOfferExplanation(e) ? null : e;
  });
  protected readonly held = computed(() => (this.offer()?.skills ?? []).filter((s) => s.tier !== 'none'));
  protected readonly essentialTotal = computed(
    () => (this.offer()?.skills ?? []).filter((s) => s.essential).length,
  );
  protected readonly essentialHeld = computed(
    () => (this.offer()?.skills ?? []).filter((s) => s.essential && s.tier === 'exact').length,
  );
  protected readonly points = computed(() => {
    const e = this.match().explanation;
    const max = e.maxPoints as unknown as Record<string, number>;
    return Object.entries(e.points).map(([key, value]) => ({
      key,
      value: this.number(value, 2),
      max: this.number(max[key]),
    }));
  });
  protected readonly total = computed(() => this.number(this.match().score, 2));

  ngOnInit(): void {
    const o = this.offer();
    const c = this.course();
    this.labels.ensure([
      ...(o?.skills.map((s) => s.uri) ?? []),
      ...(o?.missingEssential ?? []),
      ...(c?.closes ?? []),
    ]);
  }

  protected label(uri: string): string {
    return this.labels.text(uri);
  }

  protected distance(): string {
    const e = this.match().explanation;
    if (e.remote) return this.i18n.t('matches.card.remote');
    return e.km === null ? '—' : this.i18n.t('matches.card.km', { km: this.number(e.km) });
  }

  protected schedule(): string {
    const o = this.offer();
    const shared = o ? o.schedule.sharedShifts : (this.course()?.sharedShifts ?? []);
    const shifts = shared.map((s) => this.i18n.t(`domain.shift.${s}`)).join(', ') || this.i18n.t('ui.match.noSharedShift');
    return o
      ? this.i18n.t('matches.card.scheduleValue', {
          shifts,
          offer: o.schedule.offerHours,
          profile: o.schedule.profileHours,
        })
      : shifts;
  }

  /** Points to the hundredth (the conditions are worth a few points, scaled by her fit); km to the tenth. */
  private number(value: number, digits = 1): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: digits }).format(value);
  }
}
