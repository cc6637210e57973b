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
import { ConceptLabelComponent } from '../reference/concept-label.component';
import type { CandidateCard } from '@ponte/contracts';

/**
 * Why a candidate was proposed, in plain words: the skills she has (exactly or through a
 * skill of the same ESCO group), the essential ones she lacks, how far she lives (a band,
 * never a place), whether hours and shifts fit, which accommodations the offer grants.
 * Headings start at `headingLevel` (default h3) so the component fits any page outline.
 */
@Component({
  selector: 'ponte-match-explanation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent, ConceptLabelComponent],
  template: `
    @let e = card().explanation;
    <div class="ponte-explanation">
      @if (e.essentialCoverage !== undefined) {
        <p class="mb-2">
          <strong>{{
            'ui.match.coverage'
              | t
                : {
                    held: essentialHeld(),
                    total: essentialTotal(),
                    percent: coveragePercent(),
                  }
          }}</strong>
        </p>
        <div class="ponte-meter mb-4" aria-hidden="true">
          <div class="ponte-meter-bar" [style.width.%]="coveragePercent()"></div>
        </div>
      }

      <div class="row g-4">
        <section class="col-12 col-lg-6" [attr.aria-labelledby]="id('matched')">
          <div
            [id]="id('matched')"
            class="h6 ponte-explanation-heading"
            role="heading"
            [attr.aria-level]="headingLevel()"
          >
            {{ 'ui.match.matched' | t }}
          </div>
          @if (e.matchedSkills?.length) {
            <ul class="ponte-skill-list list-unstyled mb-0">
              @for (skill of e.matchedSkills; track skill.uri) {
                <li>
                  <ponte-icon name="it-check-circle" size="sm" color="success" />
                  <span>
                    <ponte-concept-label [label]="skill.label" [language]="skill.labelLanguage" />
                    <span class="ponte-tag">{{
                      (skill.essential ? 'ui.match.essential' : 'ui.match.optional')
                        | t
                    }}</span>
                    @if (skill.tier === 'broader') {
                      <span class="ponte-tag ponte-tag-muted">{{
                        'ui.match.broader' | t
                      }}</span>
                    }
                  </span>
                </li>
              }
            </ul>
          } @else {
            <p class="text-secondary mb-0">{{ 'ui.match.noneMatched' | t }}</p>
          }
        </section>

        <section class="col-12 col-lg-6" [attr.aria-labelledby]="id('missing')">
          <div
            [id]="id('missing')"
            class="h6 ponte-explanation-heading"
            role="heading"
            [attr.aria-level]="headingLevel()"
          >
            {{
              (e.kind === 'course' ? 'ui.match.toGain' : 'ui.match.missing') | t
            }}
          </div>
          @let gaps = e.kind === 'course' ? (e.skillsToGain ?? []) : (e.missingSkills ?? []);
          @if (gaps.length) {
            <ul class="ponte-skill-list list-unstyled mb-0">
              @for (skill of gaps; track skill.uri) {
                <li>
                  <ponte-icon
                    [name]="e.kind === 'course' ? 'it-plus-circle' : 'it-minus-circle'"
                    size="sm"
                    [color]="e.kind === 'course' ? 'primary' : 'warning'"
                  />
                  <span><ponte-concept-label [label]="skill.label" [language]="skill.labelLanguage" />
                    @if (isEssential(skill)) {
                      <span class="ponte-tag">{{ 'ui.match.essential' | t }}</span>
                    }
                  </span>
                </li>
              }
            </ul>
          } @else {
            <p class="text-secondary mb-0">{{ 'ui.match.noneMissing' | t }}</p>
          }
        </section>
      </div>

      <dl class="ponte-facts row mt-4 mb-0">
        <dt class="col-12 col-md-4">{{ 'ui.match.distance' | t }}</dt>
        <dd class="col-12 col-md-8">
          {{
            card().distanceBand
              ? ('domain.distanceBand.' + card().distanceBand | t)
              : ('ui.match.remote' | t)
          }}
        </dd>
        <dt class="col-12 col-md-4">{{ 'ui.match.shifts' | t }}</dt>
        <dd class="col-12 col-md-8">
          @if (e.schedule.sharedShifts.length) {
            {{ shiftList(e.schedule.sharedShifts) }}
          } @else {
            {{ 'ui.match.noSharedShift' | t }}
          }
        </dd>
        @if (e.schedule.offerHours !== undefined) {
          <dt class="col-12 col-md-4">{{ 'ui.match.hours' | t }}</dt>
          <dd class="col-12 col-md-8">
            {{
              'ui.match.hoursValue'
                | t
                  : {
                      offer: e.schedule.offerHours,
                      profile: e.schedule.profileHours ?? card().availability.weeklyHours,
                    }
            }}
            @if (e.schedule.hoursFit !== undefined) {
              <span class="ponte-tag">{{
                'ui.match.hoursFit' | t: { percent: percent(e.schedule.hoursFit) }
              }}</span>
            }
          </dd>
        }
        @if (e.accommodations; as acc) {
          @if (acc.met.length || acc.unmet.length) {
            <dt class="col-12 col-md-4">{{ 'ui.match.accommodations' | t }}</dt>
            <dd class="col-12 col-md-8">
              <ul class="list-unstyled mb-0">
                @for (a of acc.met; track a) {
                  <li>
                    <ponte-icon name="it-check" size="sm" color="success" />
                    {{ 'domain.accommodation.' + a | t }}
                    <span class="visually-hidden">{{ 'ui.match.granted' | t }}</span>
                  </li>
                }
                @for (a of acc.unmet; track a) {
                  <li>
                    <ponte-icon name="it-warning-circle" size="sm" color="warning" />
                    {{ 'domain.accommodation.' + a | t }}
                    <span class="ponte-tag ponte-tag-muted">{{ 'ui.match.notGranted' | t }}</span>
                  </li>
                }
              </ul>
            </dd>
          }
        }
      </dl>
    </div>
  `,
})
export class MatchExplanationComponent {
  private readonly i18n = inject(TranslationService);
  readonly card = input.required<CandidateCard>();
  readonly headingLevel = input(3);
  /** Prefix of the ids inside (several explanations on one page need distinct ones). */
  readonly idPrefix = input('ponte-match');

  protected readonly essentialTotal = computed(() => {
    const e = this.card().explanation;
    const matched = (e.matchedSkills ?? []).filter((s) => s.essential).length;
    const missing = (e.missingSkills ?? []).filter((s) => s.essential).length;
    return matched + missing;
  });
  protected readonly essentialHeld = computed(() =>
    Math.round((this.card().explanation.essentialCoverage ?? 0) * this.essentialTotal()),
  );
  protected readonly coveragePercent = computed(() =>
    this.percent(this.card().explanation.essentialCoverage ?? 0),
  );

  protected id(part: string): string {
    return `${this.idPrefix()}-${part}`;
  }

  protected percent(share: number): number {
    return Math.round(share * 100);
  }

  protected isEssential(skill: object): boolean {
    return 'essential' in skill && skill.essential === true;
  }

  protected shiftList(shifts: readonly string[]): string {
    return shifts.map((s) => this.i18n.t(`domain.shift.${s}`)).join(', ');
  }
}
