import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  ComboboxComponent,
  ComboboxOption,
  ComboboxSearch,
  ComunePickerComponent,
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  TranslatePipe,
  TranslationService,
} from '@ponte/ui';
import { map, merge, startWith } from 'rxjs';
import { ComuniStore } from '../../core/comuni.store';
import { OrganisationDirectory, OrganisationRef } from '../../core/organisation-directory';
import { Exclusion } from '@ponte/contracts';
import { ExclusionMapComponent } from './exclusion-map.component';
import { ExclusionGroup, exclusionGroup } from './profile-form';

/**
 * Her safety constraints, which the matching never crosses: areas to avoid (a comune and a
 * radius, shown on the map and in words) and organisations never to be proposed to.
 */
@Component({
  selector: 'ponte-safety-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ComunePickerComponent,
    ComboboxComponent,
    FieldDirective,
    FieldErrorComponent,
    IconComponent,
    ExclusionMapComponent,
  ],
  template: `
    <div class="callout danger ponte-callout-compact">
      <div class="callout-title">
        <ponte-icon name="it-locked" size="sm" />
        <span>{{ 'profiles.safety.calloutTitle' | t }}</span>
      </div>
      <p class="mb-0">{{ 'profiles.safety.callout' | t }}</p>
    </div>

    <h3 class="h6 mt-4">{{ 'profiles.safety.exclusions' | t }}</h3>
    <div class="row g-4">
      <div class="col-12 col-xl-6">
        @if (exclusions().length === 0) {
          <p class="text-secondary">{{ 'profiles.safety.noExclusions' | t }}</p>
        }
        <ol class="list-unstyled ponte-rows">
          @for (row of exclusions().controls; track row; let i = $index) {
            <li class="ponte-row" [formGroup]="row">
              <div class="row g-3 align-items-start">
                <div class="col-12 col-sm-7">
                  <label [id]="id(i, 'comune') + '-label'" [for]="id(i, 'comune')" class="active">
                    {{ 'profiles.safety.comune' | t: { n: i + 1 } }}
                  </label>
                  <ponte-comune-picker
                    formControlName="comune"
                    [inputId]="id(i, 'comune')"
                    [labelId]="id(i, 'comune') + '-label'"
                    [describedBy]="id(i, 'comune') + '-error'"
                    [source]="comuni.source"
                  />
                  <ponte-field-error [id]="id(i, 'comune') + '-error'" [control]="row.controls.comune" />
                </div>
                <div class="col-8 col-sm-3">
                  <label [for]="id(i, 'radiusKm')" class="active">{{ 'profiles.safety.radius' | t }}</label>
                  <input type="number" class="form-control" [id]="id(i, 'radiusKm')" formControlName="radiusKm"
                         min="0" max="100" step="0.5" inputmode="decimal"
                         [ponteField]="id(i, 'radiusKm') + '-error'" />
                  <ponte-field-error [id]="id(i, 'radiusKm') + '-error'" [control]="row.controls.radiusKm" />
                </div>
                <div class="col-4 col-sm-2 pt-sm-4">
                  <button type="button" class="btn btn-link btn-sm px-0 mt-sm-3" (click)="exclusions().removeAt(i)">
                    <ponte-icon name="it-delete" size="sm" color="primary" />
                    <span>{{ 'profiles.safety.remove' | t }}</span>
                  </button>
                </div>
              </div>
            </li>
          }
        </ol>
        <button type="button" class="btn btn-outline-primary" (click)="exclusions().push(newArea())">
          <ponte-icon name="it-map-marker-plus" size="sm" color="primary" />
          <span>{{ 'profiles.safety.addExclusion' | t }}</span>
        </button>
      </div>
      <div class="col-12 col-xl-6">
        <ponte-exclusion-map [comuni]="comuni.all()" [exclusions]="current()" [homeComune]="homeComune()" />
      </div>
    </div>

    <h3 class="h6 mt-5" id="pf-blockedOrganisations-label">{{ 'profiles.safety.blocked' | t }}</h3>
    <p class="form-text mt-0" id="pf-blockedOrganisations-hint">{{ 'profiles.safety.blockedHint' | t }}</p>
    @if (blocked().value.length) {
      <ul class="ponte-chips list-unstyled d-flex flex-wrap gap-2 mb-2" aria-labelledby="pf-blockedOrganisations-label">
        @for (orgId of blocked().value; track orgId) {
          <li class="ponte-chip ponte-chip-danger">
            <ponte-icon name="it-ban" size="sm" />
            <span>{{ directory.name(orgId) ?? ('profiles.safety.unknownOrganisation' | t) }}</span>
            <button type="button" class="btn btn-link p-0 ms-1" (click)="unblock(orgId)">
              <ponte-icon name="it-close" size="sm" />
              <span class="visually-hidden">{{ 'profiles.safety.unblock' | t: { name: directory.name(orgId) ?? '' } }}</span>
            </button>
          </li>
        }
      </ul>
    }
    <div class="ponte-max-w-md">
      <label for="pf-blockedOrganisations" class="visually-hidden">{{ 'profiles.safety.blockedAdd' | t }}</label>
      <ponte-combobox
        inputId="pf-blockedOrganisations"
        labelId="pf-blockedOrganisations-label"
        [search]="searchOrganisations"
        [minChars]="2"
        describedBy="pf-blockedOrganisations-hint pf-blockedOrganisations-error"
        placeholderKey="profiles.safety.blockedPlaceholder"
        [(text)]="organisationText"
        (picked)="block($event)"
      />
      <ponte-field-error id="pf-blockedOrganisations-error" [control]="blocked()" />
    </div>
  `,
})
export class SafetyFieldsetComponent implements OnInit {
  protected readonly comuni = inject(ComuniStore);
  protected readonly directory = inject(OrganisationDirectory);
  private readonly destroyRef = inject(DestroyRef);
  private readonly i18n = inject(TranslationService);
  readonly exclusions = input.required<FormArray<ExclusionGroup>>();
  readonly blocked = input.required<FormControl<string[]>>();
  readonly homeComune = input<string | null>(null);

  protected readonly current = signal<Exclusion[]>([]);
  protected readonly organisationText = signal('');

  protected readonly searchOrganisations: ComboboxSearch<OrganisationRef> = (text) =>
    this.directory.search(text).pipe(
      map((orgs) =>
        orgs
          .filter((o) => !this.blocked().value.includes(o.id))
          .map((o): ComboboxOption<OrganisationRef> => ({
            id: o.id,
            label: o.name,
            hint: this.hint(o),
            data: o,
          })),
      ),
    );

  /** Kind, status and identifier: enough to tell two employers of the same name apart. */
  private hint(o: OrganisationRef): string {
    const parts = [this.i18n.t(`domain.organisationKind.${o.kind}`)];
    if (o.status) parts.push(this.i18n.t(`domain.organisationStatus.${o.status}`));
    const code = o.vatNumber ?? o.taxCode;
    if (code) parts.push(this.i18n.t('profiles.safety.organisationCode', { code }));
    return parts.join(' · ');
  }

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    this.directory.resolve(this.blocked().value);
    // The map follows the rows as they are edited (only complete rows are drawn).
    merge(this.exclusions().valueChanges, this.exclusions().statusChanges)
      .pipe(startWith(null), takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.current.set(
          this.exclusions()
            .getRawValue()
            .filter((e) => e.comune && e.radiusKm !== null && Number(e.radiusKm) >= 0)
            .map((e) => ({ comune: e.comune as string, radiusKm: Number(e.radiusKm) })),
        ),
      );
  }

  protected id(index: number, field: string): string {
    return `pf-exclusions-${index}-${field}`;
  }

  protected newArea(): ExclusionGroup {
    return exclusionGroup();
  }

  protected block(option: ComboboxOption<OrganisationRef>): void {
    const control = this.blocked();
    if (!control.value.includes(option.id)) control.setValue([...control.value, option.id]);
    control.markAsDirty();
    this.organisationText.set('');
  }

  protected unblock(orgId: string): void {
    const control = this.blocked();
    control.setValue(control.value.filter((id) => id !== orgId));
    control.markAsDirty();
  }
}
