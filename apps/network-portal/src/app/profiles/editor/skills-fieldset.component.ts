import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { SKILL_ACQUISITIONS, SKILL_LEVELS } from '@ponte/domain';
import {
  CheckGroupComponent,
  CheckOption,
  ConceptPickerComponent,
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  OccupationSkillsComponent,
  TickedSkill,
  TranslatePipe,
} from '@ponte/ui';
import { SkillGroup, skillGroup } from './profile-form';

/**
 * Her skills, one row each: the ESCO skill (Italian or English labels), the level, how she
 * acquired it — unpaid care work and volunteering count as much as a job — and an optional
 * comment, scanned for identifiers by the API. Skills come one by one, or ticked from the
 * ESCO skills of a job she has done (OccupationSkillsComponent).
 */
@Component({
  selector: 'ponte-skills-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    ConceptPickerComponent,
    CheckGroupComponent,
    FieldDirective,
    FieldErrorComponent,
    IconComponent,
    OccupationSkillsComponent,
  ],
  template: `
    <div class="callout note ponte-callout-compact">
      <div class="callout-title">
        <ponte-icon name="it-info-circle" size="sm" />
        <span>{{ 'profiles.skills.calloutTitle' | t }}</span>
      </div>
      <p class="mb-0">{{ 'profiles.skills.callout' | t }}</p>
    </div>
    <section class="ponte-row mb-4" aria-labelledby="pf-from-job-title">
      <h2 id="pf-from-job-title" class="h6">{{ 'profiles.skills.fromJob' | t }}</h2>
      <ponte-occupation-skills idPrefix="pf-from-job" mode="level" [existing]="uris()" (added)="addTicked($event)" />
    </section>
    @if (skills().length === 0) {
      <p class="text-secondary">{{ 'profiles.skills.none' | t }}</p>
    }
    <ol class="list-unstyled ponte-rows">
      @for (row of skills().controls; track row; let i = $index) {
        <li class="ponte-row" [formGroup]="row">
          <div class="d-flex justify-content-between align-items-center mb-2">
            <span class="fw-semibold">{{ 'profiles.skills.row' | t: { n: i + 1 } }}</span>
            <button type="button" class="btn btn-link btn-sm px-0" (click)="remove(i)">
              <ponte-icon name="it-delete" size="sm" color="primary" />
              <span>{{ 'profiles.skills.remove' | t: { n: i + 1 } }}</span>
            </button>
          </div>
          <div class="row g-3">
            <div class="col-12 col-lg-7">
              <label [id]="id(i, 'uri') + '-label'" [for]="id(i, 'uri')" class="active">
                {{ 'profiles.skills.skill' | t }}
              </label>
              <ponte-concept-picker
                kind="skill"
                formControlName="uri"
                [inputId]="id(i, 'uri')"
                [labelId]="id(i, 'uri') + '-label'"
                [describedBy]="id(i, 'uri') + '-hint ' + id(i, 'uri') + '-error'"
              />
              <small [id]="id(i, 'uri') + '-hint'" class="form-text">{{ 'profiles.skills.skillHint' | t }}</small>
              <ponte-field-error [id]="id(i, 'uri') + '-error'" [control]="row.controls.uri" />
            </div>
            <div class="col-12 col-sm-6 col-lg-5">
              <div class="select-wrapper">
                <label [for]="id(i, 'level')" class="active">{{ 'profiles.skills.level' | t }}</label>
                <select class="form-select" [id]="id(i, 'level')" formControlName="level"
                        [ponteField]="id(i, 'level') + '-error'">
                  @for (level of levels; track level) {
                    <option [value]="level">{{ 'profiles.skills.levelOption.' + level | t }}</option>
                  }
                </select>
                <ponte-field-error [id]="id(i, 'level') + '-error'" [control]="row.controls.level" />
              </div>
            </div>
            <div class="col-12">
              <fieldset [attr.aria-describedby]="id(i, 'acquiredThrough') + '-error'">
                <legend class="ponte-legend-small">{{ 'profiles.skills.acquired' | t }}</legend>
                <ponte-check-group
                  [idPrefix]="id(i, 'acquiredThrough')"
                  [options]="acquisitions"
                  formControlName="acquiredThrough"
                  [describedBy]="id(i, 'acquiredThrough') + '-error'"
                />
                <ponte-field-error [id]="id(i, 'acquiredThrough') + '-error'" [control]="row.controls.acquiredThrough" />
              </fieldset>
            </div>
            <div class="col-12">
              <label [for]="id(i, 'comment')" class="active">{{ 'profiles.skills.comment' | t }}</label>
              <input type="text" class="form-control" [id]="id(i, 'comment')" formControlName="comment"
                     maxlength="500" [ponteField]="id(i, 'comment') + '-error'"
                     [ponteFieldHint]="id(i, 'comment') + '-hint'" />
              <small [id]="id(i, 'comment') + '-hint'" class="form-text">{{ 'network.freeTextHint' | t }}</small>
              <ponte-field-error [id]="id(i, 'comment') + '-error'" [control]="row.controls.comment" />
            </div>
          </div>
        </li>
      }
    </ol>
    <button type="button" class="btn btn-outline-primary" (click)="add()">
      <ponte-icon name="it-plus" size="sm" color="primary" />
      <span>{{ 'profiles.skills.add' | t }}</span>
    </button>
  `,
})
export class SkillsFieldsetComponent {
  readonly skills = input.required<FormArray<SkillGroup>>();
  protected readonly levels = SKILL_LEVELS;
  protected readonly acquisitions: CheckOption[] = SKILL_ACQUISITIONS.map((value) => ({
    value,
    labelKey: `vocab.acquisition.${value}`,
  }));

  protected id(index: number, field: string): string {
    return `pf-skills-${index}-${field}`;
  }

  protected add(): void {
    this.skills().push(skillGroup());
  }

  protected uris(): string[] {
    return this.skills().controls.map((row) => row.controls.uri.value).filter((uri): uri is string => !!uri);
  }

  /** Ticked skills become rows, learnt at work until the counsellor says otherwise. */
  protected addTicked(skills: TickedSkill[]): void {
    const held = new Set(this.uris());
    for (const skill of skills) {
      if (!held.has(skill.uri)) this.skills().push(skillGroup({ uri: skill.uri, level: skill.level, acquiredThrough: ['work'] }));
    }
    this.skills().markAsDirty();
  }

  protected remove(index: number): void {
    this.skills().removeAt(index);
  }
}
