import { AbstractControl, FormBuilder, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { WorkMode } from '@ponte/domain';
import type { CatalogueKind, Course, LanguageRequirement, Offer } from '@ponte/contracts';

/** Fields a published offer / course may still change (API: OFFER_/COURSE_PUBLISHED_EDITABLE). */
export const PUBLISHED_EDITABLE: Record<CatalogueKind, readonly string[]> = {
  offer: ['title', 'description', 'seats', 'deadline', 'startDate', 'accommodations'],
  course: ['title', 'description', 'schedule', 'seats', 'deadline', 'certification', 'childcareSupport'],
};

/** Today in Milan as YYYY-MM-DD (the API compares deadlines with this day). */
export function todayInMilan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}

const notInPast: ValidatorFn = (control) =>
  control.value && control.value < todayInMilan() ? { past: { messageKey: 'catalogue.error.past' } } : null;

const atLeastOne: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };

/** A comune is required unless the work (or course) is fully remote: call on every work-mode change. */
export function syncComuneRequirement(form: CatalogueForm): void {
  const comune = (form as FormGroup).controls['comune'];
  const remote = (form as FormGroup).controls['workMode'].value === 'remote';
  comune.setValidators(remote ? [] : [Validators.required]);
  comune.updateValueAndValidity({ emitEvent: false });
}

/** Course dates: end after start, enrolment deadline not after the end. */
const courseDates: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const start = group.get('startDate')?.value;
  const end = group.get('endDate')?.value;
  const deadline = group.get('deadline')?.value;
  return {
    ...(start && end && end < start ? { endBeforeStart: true } : {}),
    ...(deadline && end && deadline > end ? { deadlineAfterEnd: true } : {}),
  };
};

function common(fb: FormBuilder) {
  return {
    title: fb.nonNullable.control('', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]),
    description: fb.nonNullable.control('', [Validators.required, Validators.minLength(10), Validators.maxLength(5000)]),
    languages: fb.array<FormGroup>([]),
    minEqf: fb.control<number | null>(null, [Validators.min(1), Validators.max(8)]),
    workMode: fb.nonNullable.control<WorkMode>('on_site', Validators.required),
    comune: fb.control<string | null>(null),
    shifts: fb.nonNullable.control<string[]>([], atLeastOne),
    seats: fb.control<number | null>(1, [Validators.required, Validators.min(1), Validators.max(1000)]),
    deadline: fb.nonNullable.control('', [Validators.required, notInPast]),
  };
}

export function buildOfferForm(fb: FormBuilder) {
  return fb.group(
    {
      ...common(fb),
      occupationUri: fb.control<string | null>(null),
      essentialSkills: fb.nonNullable.control<string[]>([], atLeastOne),
      optionalSkills: fb.nonNullable.control<string[]>([]),
      weeklyHours: fb.control<number | null>(null, [Validators.required, Validators.min(1), Validators.max(48)]),
      contract: fb.nonNullable.control('', Validators.required),
      startDate: fb.nonNullable.control(''),
      accommodations: fb.nonNullable.control<string[]>([]),
    },
  );
}

export function buildCourseForm(fb: FormBuilder) {
  return fb.group(
    {
      ...common(fb),
      skillsTaught: fb.nonNullable.control<string[]>([], atLeastOne),
      targetOccupations: fb.nonNullable.control<string[]>([]),
      schedule: fb.nonNullable.control('', Validators.maxLength(300)),
      totalHours: fb.control<number | null>(null, [Validators.required, Validators.min(1), Validators.max(2000)]),
      weeklyHours: fb.control<number | null>(null, [Validators.min(1), Validators.max(48)]),
      startDate: fb.nonNullable.control('', Validators.required),
      endDate: fb.nonNullable.control('', Validators.required),
      cost: fb.nonNullable.control('', Validators.required),
      certification: fb.nonNullable.control('', Validators.maxLength(200)),
      childcareSupport: fb.nonNullable.control(false),
    },
    { validators: [courseDates] },
  );
}

export type OfferForm = ReturnType<typeof buildOfferForm>;
export type CourseForm = ReturnType<typeof buildCourseForm>;
export type CatalogueForm = OfferForm | CourseForm;

export function languageGroup(fb: FormBuilder, value?: LanguageRequirement) {
  return fb.nonNullable.group({
    code: [value?.code ?? 'it', Validators.required],
    cefr: [value?.cefr ?? 'B1', Validators.required],
  });
}

/** Fills the form from a stored offer or course. */
export function patchForm(fb: FormBuilder, form: CatalogueForm, item: Offer | Course): void {
  form.controls.languages.clear();
  for (const l of item.languages) form.controls.languages.push(languageGroup(fb, l));
  const values: Record<string, unknown> = { ...item };
  for (const key of Object.keys(values)) if (values[key] === null && key !== 'comune' && key !== 'occupationUri' && key !== 'minEqf') values[key] = '';
  (form as FormGroup).patchValue(values);
}

/** The API body: empty optional fields are left out on create and cleared (null) on update. */
export function catalogueBody(kind: CatalogueKind, form: CatalogueForm, mode: 'create' | 'update'): Record<string, unknown> {
  const v = (form as FormGroup).getRawValue() as Record<string, unknown>;
  const empty = mode === 'create' ? undefined : null;
  const text = (key: string) => (typeof v[key] === 'string' && (v[key] as string).trim() ? (v[key] as string).trim() : empty);
  const body: Record<string, unknown> = {
    title: (v['title'] as string).trim(),
    description: (v['description'] as string).trim(),
    languages: v['languages'],
    minEqf: v['minEqf'] ?? empty,
    workMode: v['workMode'],
    comune: v['workMode'] === 'remote' && !v['comune'] ? empty : (v['comune'] ?? empty),
    shifts: v['shifts'],
    seats: v['seats'],
    deadline: v['deadline'],
  };
  if (kind === 'offer') {
    Object.assign(body, {
      occupationUri: v['occupationUri'] ?? empty,
      essentialSkills: v['essentialSkills'],
      optionalSkills: v['optionalSkills'],
      weeklyHours: v['weeklyHours'],
      contract: v['contract'],
      startDate: text('startDate'),
      accommodations: v['accommodations'],
    });
  } else {
    Object.assign(body, {
      skillsTaught: v['skillsTaught'],
      targetOccupations: v['targetOccupations'],
      schedule: text('schedule'),
      totalHours: v['totalHours'],
      weeklyHours: v['weeklyHours'] ?? empty,
      startDate: v['startDate'],
      endDate: v['endDate'],
      cost: v['cost'],
      certification: text('certification'),
      childcareSupport: v['childcareSupport'],
    });
  }
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}
