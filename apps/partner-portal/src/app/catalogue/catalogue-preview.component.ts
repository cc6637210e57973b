import { ChangeDetectionStrategy, Component, computed, inject, input, signal, effect, untracked } from '@angular/core';
import {
  PonteDatePipe,
  ReferenceService,
  TranslatePipe,
  TranslationService,
  conceptLabelText,
} from '@ponte/ui';
import type { ConceptLabel, Course, Offer } from '@ponte/contracts';
import { CatalogueItem } from './catalogue.service';

/**
 * An offer or a course as counsellors see it in the catalogue: what is asked, where, when,
 * on which terms. ESCO labels and the comune name are looked up in the UI language.
 */
@Component({
  selector: 'ponte-catalogue-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PonteDatePipe],
  template: `
    @let it = item();
    <article class="ponte-preview" [attr.aria-labelledby]="'preview-title'">
      <p class="small text-secondary mb-1">{{ it.organisation.name }}</p>
      <h3 id="preview-title" class="h4">{{ it.title }}</h3>
      <p class="mb-3">
        {{ 'domain.workMode.' + it.workMode | t }}
        @if (comuneName()) { · {{ comuneName() }} }
        @if (offer(); as o) {
          · {{ 'domain.contract.' + o.contract | t }} · {{ 'catalogue.preview.hours' | t: { hours: o.weeklyHours } }}
        }
        @if (course(); as c) {
          · {{ 'domain.courseCost.' + c.cost | t }} · {{ 'catalogue.preview.totalHours' | t: { hours: c.totalHours } }}
        }
      </p>
      <p class="ponte-pre-line">{{ it.description }}</p>
      <dl class="ponte-facts row mb-0">
        @if (offer(); as o) {
          @if (o.occupationUri) {
            <dt class="col-12 col-md-4">{{ 'catalogue.field.occupation' | t }}</dt>
            <dd class="col-12 col-md-8">{{ label(o.occupationUri) }}</dd>
          }
          <dt class="col-12 col-md-4">{{ 'catalogue.field.essentialSkills' | t }}</dt>
          <dd class="col-12 col-md-8">{{ labels(o.essentialSkills) }}</dd>
          @if (o.optionalSkills.length) {
            <dt class="col-12 col-md-4">{{ 'catalogue.field.optionalSkills' | t }}</dt>
            <dd class="col-12 col-md-8">{{ labels(o.optionalSkills) }}</dd>
          }
        }
        @if (course(); as c) {
          <dt class="col-12 col-md-4">{{ 'catalogue.field.skillsTaught' | t }}</dt>
          <dd class="col-12 col-md-8">{{ labels(c.skillsTaught) }}</dd>
          @if (c.targetOccupations.length) {
            <dt class="col-12 col-md-4">{{ 'catalogue.field.targetOccupations' | t }}</dt>
            <dd class="col-12 col-md-8">{{ labels(c.targetOccupations) }}</dd>
          }
          <dt class="col-12 col-md-4">{{ 'catalogue.preview.dates' | t }}</dt>
          <dd class="col-12 col-md-8">
            {{ 'catalogue.preview.fromTo' | t: { start: (c.startDate | ponteDate), end: (c.endDate | ponteDate) } }}
            @if (c.schedule) { · {{ c.schedule }} }
          </dd>
        }
        <dt class="col-12 col-md-4">{{ 'catalogue.field.shifts' | t }}</dt>
        <dd class="col-12 col-md-8">{{ shiftList() }}</dd>
        @if (it.languages.length) {
          <dt class="col-12 col-md-4">{{ 'catalogue.field.languages' | t }}</dt>
          <dd class="col-12 col-md-8">{{ languageList() }}</dd>
        }
        @if (it.minEqf) {
          <dt class="col-12 col-md-4">{{ 'catalogue.field.minEqf' | t }}</dt>
          <dd class="col-12 col-md-8">{{ 'catalogue.eqf.' + it.minEqf | t }}</dd>
        }
        @if (offer(); as o) {
          @if (o.startDate) {
            <dt class="col-12 col-md-4">{{ 'catalogue.field.startDate' | t }}</dt>
            <dd class="col-12 col-md-8">{{ o.startDate | ponteDate }}</dd>
          }
          <dt class="col-12 col-md-4">{{ 'catalogue.field.accommodations' | t }}</dt>
          <dd class="col-12 col-md-8">
            @if (o.accommodations.length) {
              <ul class="list-unstyled mb-0">
                @for (a of o.accommodations; track a) { <li>{{ 'domain.accommodation.' + a | t }}</li> }
              </ul>
            } @else {
              {{ 'ui.card.none' | t }}
            }
          </dd>
        }
        @if (course(); as c) {
          @if (c.certification) {
            <dt class="col-12 col-md-4">{{ 'catalogue.field.certification' | t }}</dt>
            <dd class="col-12 col-md-8">{{ c.certification }}</dd>
          }
          <dt class="col-12 col-md-4">{{ 'catalogue.field.childcareSupport' | t }}</dt>
          <dd class="col-12 col-md-8">{{ (c.childcareSupport ? 'catalogue.yes' : 'catalogue.no') | t }}</dd>
        }
        <dt class="col-12 col-md-4">{{ 'catalogue.field.seats' | t }}</dt>
        <dd class="col-12 col-md-8">{{ 'catalogue.seatsValue' | t: { filled: it.seatsFilled, seats: it.seats } }}</dd>
        <dt class="col-12 col-md-4">{{ 'catalogue.' + (offer() ? 'offer' : 'course') + '.field.deadline' | t }}</dt>
        <dd class="col-12 col-md-8">{{ it.deadline | ponteDate }}</dd>
      </dl>
    </article>
  `,
})
export class CataloguePreviewComponent {
  private readonly reference = inject(ReferenceService);
  private readonly i18n = inject(TranslationService);
  readonly item = input.required<CatalogueItem>();
  protected readonly offer = computed(() => ('contract' in this.item() ? (this.item() as Offer) : null));
  protected readonly course = computed(() => ('skillsTaught' in this.item() ? (this.item() as Course) : null));
  private readonly conceptLabels = signal<Map<string, ConceptLabel>>(new Map());
  protected readonly comuneName = signal('');

  constructor() {
    effect(() => {
      const item = this.item();
      this.i18n.language();
      untracked(() => this.lookUp(item));
    });
  }

  protected label(uri: string): string {
    const found = this.conceptLabels().get(uri);
    return conceptLabelText(this.i18n, found?.label, found?.labelLanguage);
  }

  protected labels(uris: readonly string[]): string {
    return uris.map((uri) => this.label(uri)).join(', ');
  }

  protected shiftList(): string {
    return this.item().shifts.map((s) => this.i18n.t(`domain.shift.${s}`)).join(', ');
  }

  protected languageList(): string {
    return this.item()
      .languages.map((l) => `${this.i18n.t(`domain.language.${l.code}`)} ${l.cefr}`)
      .join(', ');
  }

  private lookUp(item: CatalogueItem): void {
    const uris =
      'contract' in item
        ? [...(item.occupationUri ? [item.occupationUri] : []), ...item.essentialSkills, ...item.optionalSkills]
        : [...item.skillsTaught, ...item.targetOccupations];
    this.reference.conceptLabels(uris).subscribe({ next: (labels) => this.conceptLabels.set(labels), error: () => undefined });
    this.comuneName.set('');
    if (item.comune) {
      this.reference.comune(item.comune).subscribe({ next: (c) => this.comuneName.set(c.name), error: () => this.comuneName.set(item.comune ?? '') });
    }
  }
}
