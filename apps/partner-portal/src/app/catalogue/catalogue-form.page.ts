import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ACCOMMODATIONS,
  CEFR_LEVELS,
  CONTRACT_TYPES,
  COURSE_COSTS,
  EQF_LEVELS,
  SHIFTS,
  WORK_MODES,
} from '@ponte/domain';
import {
  ApiProblem,
  CheckGroupComponent,
  CheckOption,
  ComunePickerComponent,
  ConceptPickerComponent,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  FieldProblem,
  LoadingStateComponent,
  OccupationSkillsComponent,
  REQUIREMENT_LANGUAGES,
  TickedSkill,
  TranslatePipe,
  applyServerErrors,
  problemMessageKey,
} from '@ponte/ui';
import type { CatalogueKind } from '@ponte/contracts';
import {
  CatalogueForm,
  CourseForm,
  OfferForm,
  PUBLISHED_EDITABLE,
  buildCourseForm,
  buildOfferForm,
  catalogueBody,
  languageGroup,
  patchForm,
  syncComuneRequirement,
} from './catalogue.form';
import { CatalogueItem, CatalogueService } from './catalogue.service';

const options = (values: readonly string[], prefix: string): CheckOption[] =>
  values.map((value) => ({ value, labelKey: `${prefix}.${value}` }));

/**
 * Create or edit an offer or a course (route data `catalogueKind`; `:id` when editing). Once
 * published, the fields that decide who fits are locked (the API refuses changing them).
 */
@Component({
  selector: 'ponte-catalogue-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldDirective,
    FieldErrorComponent,
    ComunePickerComponent,
    ConceptPickerComponent,
    CheckGroupComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    OccupationSkillsComponent,
  ],
  templateUrl: './catalogue-form.page.html',
})
export class CatalogueFormPage {
  private readonly fb = inject(FormBuilder);
  private readonly catalogue = inject(CatalogueService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly kind: CatalogueKind = this.route.snapshot.data['catalogueKind'];
  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly base = this.kind === 'offer' ? '/offers' : '/courses';
  protected readonly form: CatalogueForm = this.kind === 'offer' ? buildOfferForm(this.fb) : buildCourseForm(this.fb);
  protected readonly shiftOptions = options(SHIFTS, 'domain.shift');
  protected readonly accommodationOptions = options(ACCOMMODATIONS, 'domain.accommodation');
  protected readonly workModes = WORK_MODES;
  protected readonly contracts = CONTRACT_TYPES;
  protected readonly costs = COURSE_COSTS;
  protected readonly eqfLevels = EQF_LEVELS;
  protected readonly cefrLevels = CEFR_LEVELS;
  protected readonly languageCodes = REQUIREMENT_LANGUAGES;
  protected readonly loading = signal(this.id !== null);
  protected readonly loadProblem = signal<ApiProblem | null>(null);
  protected readonly published = signal(false);
  protected readonly submitting = signal(false);
  protected readonly alert = signal<{ key: string } | { text: string } | null>(null);
  protected readonly unmatched = signal<FieldProblem[]>([]);
  /** The offer's occupation, whose ESCO skills the form offers as a checklist. */
  protected readonly offerOccupation = signal<string | null>(null);

  constructor() {
    syncComuneRequirement(this.form);
    this.controls['workMode'].valueChanges.pipe(takeUntilDestroyed()).subscribe(() => syncComuneRequirement(this.form));
    if (this.kind === 'offer') {
      this.offer.controls.occupationUri.valueChanges.pipe(takeUntilDestroyed()).subscribe((uri) => this.offerOccupation.set(uri));
    }
    if (this.id) this.load(this.id);
  }

  protected offerSkills(): string[] {
    return [...this.offer.controls.essentialSkills.value, ...this.offer.controls.optionalSkills.value];
  }

  /** Ticked skills join the essential or optional list, as chosen for each. */
  protected addOfferSkills(skills: TickedSkill[]): void {
    const { essentialSkills, optionalSkills } = this.offer.controls;
    const add = (control: typeof essentialSkills, relation: string) => {
      const uris = skills.filter((s) => s.relation === relation).map((s) => s.uri);
      if (uris.length) control.setValue([...new Set([...control.value, ...uris])]);
      control.markAsDirty();
    };
    add(essentialSkills, 'essential');
    add(optionalSkills, 'optional');
  }

  protected addTaughtSkills(skills: TickedSkill[]): void {
    const control = this.course.controls.skillsTaught;
    control.setValue([...new Set([...control.value, ...skills.map((s) => s.uri)])]);
    control.markAsDirty();
  }

  protected get controls() {
    return (this.form as FormGroup).controls;
  }

  protected get offer(): OfferForm {
    return this.form as OfferForm;
  }

  protected get course(): CourseForm {
    return this.form as CourseForm;
  }

  protected t(key: string): string {
    return `catalogue.${this.kind}.${key}`;
  }

  protected load(id: string): void {
    this.loading.set(true);
    this.loadProblem.set(null);
    this.catalogue.get(this.kind, id).subscribe({
      next: (item) => {
        patchForm(this.fb, this.form, item);
        this.lockIfPublished(item);
        syncComuneRequirement(this.form);
        this.loading.set(false);
      },
      error: (problem: ApiProblem) => {
        this.loading.set(false);
        this.loadProblem.set(problem);
      },
    });
  }

  protected addLanguage(): void {
    this.form.controls.languages.push(languageGroup(this.fb));
  }

  protected removeLanguage(index: number): void {
    this.form.controls.languages.removeAt(index);
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.alert.set({ key: 'catalogue.form.fixErrors' });
      this.focusFirstInvalid();
      return;
    }
    this.submitting.set(true);
    this.alert.set(null);
    this.unmatched.set([]);
    const request = this.id
      ? this.catalogue.update(this.kind, this.id, catalogueBody(this.kind, this.form, 'update'))
      : this.catalogue.create(this.kind, catalogueBody(this.kind, this.form, 'create'));
    request.subscribe({
      next: (saved: CatalogueItem) =>
        void this.router.navigate([this.base, saved.id], {
          queryParams: { saved: 1 },
        }),
      error: (problem: ApiProblem) => {
        this.submitting.set(false);
        const unmatched = applyServerErrors(this.form, problem);
        this.unmatched.set(unmatched);
        this.alert.set(
          problem.errors?.length
            ? { key: 'catalogue.form.fixErrors' }
            : problem.detail
              ? { text: problem.detail }
              : { key: problemMessageKey(problem) },
        );
        this.focusFirstInvalid();
      },
    });
  }

  private lockIfPublished(item: CatalogueItem): void {
    this.published.set(item.status === 'published');
    if (item.status !== 'published') return;
    const editable = PUBLISHED_EDITABLE[this.kind];
    for (const [name, control] of Object.entries(this.controls)) {
      if (!editable.includes(name)) control.disable({ emitEvent: false });
    }
  }

  private focusFirstInvalid(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('form .is-invalid, form [aria-invalid="true"]')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
