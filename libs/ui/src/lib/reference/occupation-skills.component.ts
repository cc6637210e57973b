import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { SKILL_LEVELS, type SkillLevel } from '@ponte/domain';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from '../layout/icon.component';
import { ConceptLabelComponent } from './concept-label.component';
import { ConceptPickerComponent } from './concept-picker.component';
import type { ConceptDetail, ConceptLabel } from '@ponte/contracts';
import { ReferenceService } from './reference.service';

/** How ticked skills are added: with her level (profile), as essential or optional (offer), or just taught (course). */
export type OccupationSkillsMode = 'level' | 'relation' | 'taught';
export type SkillRelation = 'essential' | 'optional';

/** A skill ticked in the checklist, as the form adds it. */
export interface TickedSkill {
  uri: string;
  label: string;
  labelLanguage: string;
  /** Mode `level`: her level in it. */
  level?: SkillLevel;
  /** Mode `relation`: required or a plus (ESCO's own relation by default). */
  relation?: SkillRelation;
}

interface Row extends ConceptLabel {
  relation: SkillRelation;
}

/**
 * Skills found through the jobs she has done: pick an occupation ("ho lavorato come aiuto
 * cuoca"), get the skills ESCO lists for it, essential first, as a checklist; tick them (with
 * her level, or whether the offer requires them) and add them in one go. Skills the form
 * already holds show ticked and cannot be added twice. The host form receives `added`.
 *
 *   <ponte-occupation-skills idPrefix="pf-from-job" mode="level" [existing]="uris" (added)="addSkills($event)" />
 *   <ponte-occupation-skills idPrefix="cat-from-occupation" mode="relation" [occupationUri]="offerOccupation()" ... />
 */
@Component({
  selector: 'ponte-occupation-skills',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, ConceptPickerComponent, ConceptLabelComponent, IconComponent],
  template: `
    <div class="ponte-occupation-skills">
      @if (occupationUri() === undefined) {
        <label [id]="id('occupation') + '-label'" [for]="id('occupation')" class="active">
          {{ 'ui.occupationSkills.occupation.' + mode() | t }}
        </label>
        <ponte-concept-picker
          kind="occupation"
          [formControl]="occupation"
          [inputId]="id('occupation')"
          [labelId]="id('occupation') + '-label'"
          [describedBy]="id('occupation') + '-hint'"
        />
        <small [id]="id('occupation') + '-hint'" class="form-text">{{ 'ui.occupationSkills.hint' | t }}</small>
      }

      @if (failed()) {
        <div class="alert alert-danger mt-3" role="alert">{{ 'ui.occupationSkills.failed' | t }}</div>
      } @else if (detail(); as d) {
        <div class="mt-3" [attr.aria-busy]="loading()">
          @for (group of groups(); track group.relation) {
            @if (group.rows.length) {
              <fieldset class="mb-3" [attr.data-testid]="id(group.relation)">
                <legend class="ponte-legend-small">
                  {{ 'ui.occupationSkills.' + group.relation | t: { count: group.rows.length } }}
                </legend>
                <ul class="list-unstyled mb-0">
                  @for (row of group.rows; track row.uri; let i = $index) {
                    <li class="d-flex flex-wrap align-items-center gap-2 py-1 border-bottom">
                      <div class="form-check mb-0 flex-grow-1">
                        <input
                          class="form-check-input"
                          type="checkbox"
                          [id]="id(group.relation, i)"
                          [checked]="isTicked(row.uri) || has(row.uri)"
                          [disabled]="has(row.uri)"
                          (change)="toggle(row, $any($event.target).checked)"
                        />
                        <label class="form-check-label" [for]="id(group.relation, i)">
                          <ponte-concept-label [label]="row.label" [language]="row.labelLanguage" />
                          @if (has(row.uri)) {
                            <span class="ponte-tag ponte-tag-muted ms-1">{{ 'ui.occupationSkills.already' | t }}</span>
                          }
                        </label>
                      </div>
                      @if (isTicked(row.uri) && mode() !== 'taught') {
                        <div class="select-wrapper ponte-select-compact">
                          <label class="visually-hidden" [for]="id(group.relation, i) + '-choice'">
                            {{ 'ui.occupationSkills.choice.' + mode() | t: { label: row.label } }}
                          </label>
                          <select class="form-select form-select-sm" [id]="id(group.relation, i) + '-choice'"
                                  (change)="choose(row.uri, $any($event.target).value)">
                            @for (option of choices(); track option) {
                              <option [value]="option" [selected]="choice(row.uri) === option">{{ optionKey(option) | t }}</option>
                            }
                          </select>
                        </div>
                      }
                    </li>
                  }
                </ul>
              </fieldset>
            }
          }
          @if (d.essentialSkills.length + d.optionalSkills.length === 0) {
            <p class="text-secondary">{{ 'ui.occupationSkills.none' | t }}</p>
          }
          <button type="button" class="btn btn-primary btn-sm" [disabled]="ticked().size === 0" (click)="add()">
            <ponte-icon name="it-plus" size="sm" color="white" />
            <span>{{ 'ui.occupationSkills.add' | t: { count: ticked().size } }}</span>
          </button>
          @if (addedCount(); as n) {
            <span class="ms-2 text-success" role="status">{{ 'ui.occupationSkills.added' | t: { count: n } }}</span>
          }
        </div>
      }
    </div>
  `,
})
export class OccupationSkillsComponent {
  private readonly reference = inject(ReferenceService);
  readonly idPrefix = input.required<string>();
  readonly mode = input<OccupationSkillsMode>('level');
  /** An occupation the host form already holds (the offer's): no picker of its own then. */
  readonly occupationUri = input<string | null | undefined>(undefined);
  /** URIs the form already holds. */
  readonly existing = input<readonly string[]>([]);
  readonly added = output<TickedSkill[]>();

  protected readonly occupation = new FormControl<string | null>(null);
  protected readonly detail = signal<ConceptDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  /** Ticked skills with the level or relation chosen for each. */
  protected readonly ticked = signal(new Map<string, { row: Row; choice: string }>());
  protected readonly addedCount = signal(0);

  protected readonly groups = computed(() => {
    const d = this.detail();
    if (!d) return [];
    const rows = (list: ConceptLabel[], relation: SkillRelation): Row[] => list.map((s) => ({ ...s, relation }));
    return [
      { relation: 'essential' as const, rows: rows(d.essentialSkills, 'essential') },
      { relation: 'optional' as const, rows: rows(d.optionalSkills, 'optional') },
    ];
  });

  protected readonly choices = computed((): readonly string[] => (this.mode() === 'level' ? SKILL_LEVELS : ['essential', 'optional']));

  constructor() {
    this.occupation.valueChanges.pipe(takeUntilDestroyed()).subscribe((uri) => this.load(uri));
    effect(() => {
      const uri = this.occupationUri();
      if (uri !== undefined) untracked(() => this.load(uri));
    });
  }

  protected id(part: string, index?: number): string {
    return `${this.idPrefix()}-${part}${index === undefined ? '' : `-${index}`}`;
  }

  protected has(uri: string): boolean {
    return this.existing().includes(uri);
  }

  protected isTicked(uri: string): boolean {
    return this.ticked().has(uri);
  }

  protected choice(uri: string): string | undefined {
    return this.ticked().get(uri)?.choice;
  }

  protected optionKey(option: string): string {
    return this.mode() === 'level' ? `domain.skillLevel.${option}` : `ui.occupationSkills.relation.${option}`;
  }

  protected toggle(row: Row, checked: boolean): void {
    const next = new Map(this.ticked());
    if (checked) next.set(row.uri, { row, choice: this.mode() === 'level' ? 'intermediate' : row.relation });
    else next.delete(row.uri);
    this.ticked.set(next);
    this.addedCount.set(0);
  }

  protected choose(uri: string, choice: string): void {
    const held = this.ticked().get(uri);
    if (!held) return;
    this.ticked.set(new Map(this.ticked()).set(uri, { ...held, choice }));
  }

  protected add(): void {
    const skills = [...this.ticked().values()]
      .filter(({ row }) => !this.has(row.uri))
      .map(({ row, choice }): TickedSkill => ({
        uri: row.uri,
        label: row.label,
        labelLanguage: row.labelLanguage,
        ...(this.mode() === 'level' ? { level: choice as SkillLevel } : {}),
        ...(this.mode() === 'relation' ? { relation: choice as SkillRelation } : {}),
      }));
    this.added.emit(skills);
    this.ticked.set(new Map());
    this.addedCount.set(skills.length);
  }

  private load(uri: string | null): void {
    this.ticked.set(new Map());
    this.addedCount.set(0);
    this.failed.set(false);
    if (!uri) {
      this.detail.set(null);
      return;
    }
    this.loading.set(true);
    this.reference.occupationSkills(uri).subscribe({
      next: (d) => {
        this.detail.set(d);
        this.loading.set(false);
      },
      error: () => {
        this.failed.set(true);
        this.loading.set(false);
      },
    });
  }
}
