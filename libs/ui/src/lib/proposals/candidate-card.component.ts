import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { PonteDatePipe } from '../i18n/date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { ConceptLabelComponent } from '../reference/concept-label.component';
import type { CandidateCard } from '@ponte/contracts';

/**
 * The pseudonymised candidate card: skills with levels, languages, education level,
 * availability and the accommodations she asks for. Nothing here identifies or locates her.
 */
@Component({
  selector: 'ponte-candidate-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PonteDatePipe, ConceptLabelComponent],
  template: `
    @let c = card();
    <dl class="ponte-facts row mb-0">
      <dt class="col-12 col-md-4">{{ 'ui.card.code' | t }}</dt>
      <dd class="col-12 col-md-8">
        <span class="ponte-code">{{ c.candidateCode }}</span>
      </dd>
      <dt class="col-12 col-md-4">{{ 'ui.card.skills' | t }}</dt>
      <dd class="col-12 col-md-8">
        @if (c.skills.length) {
          <ul class="list-unstyled mb-0">
            @for (skill of c.skills; track skill.uri) {
              <li>
                <ponte-concept-label [label]="skill.label" [language]="skill.labelLanguage" />
                <span class="text-secondary"
                  >({{ 'domain.skillLevel.' + skill.level | t }})</span
                >
              </li>
            }
          </ul>
        } @else {
          {{ 'ui.card.none' | t }}
        }
      </dd>
      <dt class="col-12 col-md-4">{{ 'ui.card.languages' | t }}</dt>
      <dd class="col-12 col-md-8">
        @if (c.languages.length) {
          {{ languageList() }}
        } @else {
          {{ 'ui.card.none' | t }}
        }
      </dd>
      <dt class="col-12 col-md-4">{{ 'ui.card.eqf' | t }}</dt>
      <dd class="col-12 col-md-8">
        {{
          c.eqfLevel
            ? ('ui.card.eqfValue' | t: { level: c.eqfLevel })
            : ('ui.card.notGiven' | t)
        }}
      </dd>
      <dt class="col-12 col-md-4">{{ 'ui.card.availability' | t }}</dt>
      <dd class="col-12 col-md-8">
        {{
          'ui.card.availabilityValue'
            | t: { hours: c.availability.weeklyHours, shifts: shiftList() }
        }}
        @if (c.availability.earliestStart) {
          <br />{{
            'ui.card.earliestStart'
              | t: { date: (c.availability.earliestStart | ponteDate) }
          }}
        }
      </dd>
      <dt class="col-12 col-md-4">{{ 'ui.card.accommodations' | t }}</dt>
      <dd class="col-12 col-md-8">
        @if (c.accommodations.length) {
          <ul class="list-unstyled mb-0">
            @for (a of c.accommodations; track a) {
              <li>{{ 'domain.accommodation.' + a | t }}</li>
            }
          </ul>
        } @else {
          {{ 'ui.card.none' | t }}
        }
      </dd>
    </dl>
  `,
})
export class CandidateCardComponent {
  private readonly i18n = inject(TranslationService);
  readonly card = input.required<CandidateCard>();

  protected languageList(): string {
    return this.card()
      .languages.map((l) => {
        const key = `domain.language.${l.code}`;
        const name = this.i18n.has(key) ? this.i18n.t(key) : l.code.toUpperCase();
        return `${name} ${l.cefr}`;
      })
      .join(', ');
  }

  protected shiftList(): string {
    return this.card()
      .availability.shifts.map((s) => this.i18n.t(`domain.shift.${s}`))
      .join(', ');
  }
}
