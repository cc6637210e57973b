import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { CEFR_LEVELS } from '@ponte/domain';
import {
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  REQUIREMENT_LANGUAGES,
  TranslatePipe,
} from '@ponte/ui';
import { LanguageGroup, languageGroup } from './profile-form';

/** The languages she speaks with their CEFR level (mother tongue: C2). */
@Component({
  selector: 'ponte-languages-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, FieldDirective, FieldErrorComponent, IconComponent],
  template: `
    <p class="form-text mt-0">{{ 'profiles.languages.hint' | t }}</p>
    <ol class="list-unstyled ponte-rows">
      @for (row of languages().controls; track row; let i = $index) {
        <li class="ponte-row ponte-row-inline" [formGroup]="row">
          <div class="row g-3 align-items-end">
            <div class="col-12 col-md-5">
              <div class="select-wrapper">
                <label [for]="id(i, 'code')" class="active">{{ 'profiles.languages.language' | t }}</label>
                <select class="form-select" [id]="id(i, 'code')" formControlName="code"
                        [ponteField]="id(i, 'code') + '-error'">
                  <option value="">{{ 'network.choose' | t }}</option>
                  @for (code of codes; track code) {
                    <option [value]="code">{{ 'domain.language.' + code | t }}</option>
                  }
                </select>
              </div>
              <ponte-field-error [id]="id(i, 'code') + '-error'" [control]="row.controls.code" />
            </div>
            <div class="col-12 col-md-5">
              <div class="select-wrapper">
                <label [for]="id(i, 'cefr')" class="active">{{ 'profiles.languages.cefr' | t }}</label>
                <select class="form-select" [id]="id(i, 'cefr')" formControlName="cefr"
                        [ponteField]="id(i, 'cefr') + '-error'">
                  <option value="">{{ 'network.choose' | t }}</option>
                  @for (level of cefr; track level) {
                    <option [value]="level">{{ 'vocab.cefr.' + level | t }}</option>
                  }
                </select>
              </div>
              <ponte-field-error [id]="id(i, 'cefr') + '-error'" [control]="row.controls.cefr" />
            </div>
            <div class="col-12 col-md-2">
              <button type="button" class="btn btn-link btn-sm px-0 mb-2" (click)="languages().removeAt(i)">
                <ponte-icon name="it-delete" size="sm" color="primary" />
                <span>{{ 'profiles.languages.remove' | t }}</span>
              </button>
            </div>
          </div>
        </li>
      }
    </ol>
    <button type="button" class="btn btn-outline-primary" (click)="languages().push(newRow())">
      <ponte-icon name="it-plus" size="sm" color="primary" />
      <span>{{ 'profiles.languages.add' | t }}</span>
    </button>
  `,
})
export class LanguagesFieldsetComponent {
  readonly languages = input.required<FormArray<LanguageGroup>>();
  protected readonly codes = REQUIREMENT_LANGUAGES;
  protected readonly cefr = CEFR_LEVELS;

  protected id(index: number, field: string): string {
    return `pf-languages-${index}-${field}`;
  }

  protected newRow(): LanguageGroup {
    return languageGroup();
  }
}
