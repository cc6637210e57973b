import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import type {
  Accommodation,
  AgeBand,
  CefrLevel,
  CommuteMean,
  ContractType,
  Shift,
  SkillAcquisition,
  SkillLevel,
} from '@ponte/domain';
import {
  CreateProfileBody,
  Exclusion,
  Profile,
  ProfileFields,
  ProfileLanguage,
  ProfileSkill,
  SafetyConstraints,
} from '@ponte/contracts';

/** The profile editor's form. Control paths match the API's field paths (`skills.0.comment`). */
export type SkillGroup = FormGroup<{
  uri: FormControl<string | null>;
  level: FormControl<SkillLevel>;
  acquiredThrough: FormControl<SkillAcquisition[]>;
  comment: FormControl<string>;
}>;

export type LanguageGroup = FormGroup<{
  code: FormControl<string>;
  cefr: FormControl<CefrLevel | ''>;
}>;

export type ExclusionGroup = FormGroup<{
  comune: FormControl<string | null>;
  radiusKm: FormControl<number | null>;
}>;

export type ProfileForm = FormGroup<{
  networkId: FormControl<string>;
  counsellorId: FormControl<string>;
  status: FormControl<string>;
  ageBand: FormControl<AgeBand | ''>;
  homeComune: FormControl<string | null>;
  eqfLevel: FormControl<number | null>;
  targetOccupations: FormControl<string[]>;
  skills: FormArray<SkillGroup>;
  languages: FormArray<LanguageGroup>;
  weeklyHours: FormControl<number | null>;
  shifts: FormControl<Shift[]>;
  earliestStart: FormControl<string>;
  maxCommuteKm: FormControl<number | null>;
  commuteMeans: FormControl<CommuteMean[]>;
  contracts: FormControl<ContractType[]>;
  accommodations: FormControl<Accommodation[]>;
  notes: FormControl<string>;
  exclusions: FormArray<ExclusionGroup>;
  blockedOrganisations: FormControl<string[]>;
}>;

const nonEmptyList = (control: AbstractControl): ValidationErrors | null =>
  Array.isArray(control.value) && control.value.length > 0
    ? null
    : { required: true };

const text = (value = '') => new FormControl(value, { nonNullable: true });

export function skillGroup(skill?: Partial<ProfileSkill>): SkillGroup {
  return new FormGroup({
    uri: new FormControl<string | null>(skill?.uri ?? null, Validators.required),
    level: new FormControl<SkillLevel>(skill?.level ?? 'intermediate', {
      nonNullable: true,
      validators: Validators.required,
    }),
    acquiredThrough: new FormControl<SkillAcquisition[]>(
      skill?.acquiredThrough ?? [],
      { nonNullable: true, validators: nonEmptyList },
    ),
    comment: new FormControl(skill?.comment ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(500),
    }),
  });
}

export function languageGroup(language?: Partial<ProfileLanguage>): LanguageGroup {
  return new FormGroup({
    code: new FormControl(language?.code ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    cefr: new FormControl<CefrLevel | ''>(language?.cefr ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
  });
}

export function exclusionGroup(exclusion?: Partial<Exclusion>): ExclusionGroup {
  return new FormGroup({
    comune: new FormControl<string | null>(exclusion?.comune ?? null, Validators.required),
    radiusKm: new FormControl<number | null>(exclusion?.radiusKm ?? 5, [
      Validators.required,
      Validators.min(0),
      Validators.max(100),
    ]),
  });
}

export function profileForm(): ProfileForm {
  return new FormGroup({
    networkId: text(),
    counsellorId: text(),
    status: text('active'),
    ageBand: new FormControl<AgeBand | ''>('', {
      nonNullable: true,
      validators: Validators.required,
    }),
    homeComune: new FormControl<string | null>(null, Validators.required),
    eqfLevel: new FormControl<number | null>(null),
    targetOccupations: new FormControl<string[]>([], { nonNullable: true }),
    skills: new FormArray<SkillGroup>([]),
    languages: new FormArray<LanguageGroup>([]),
    weeklyHours: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(60),
    ]),
    shifts: new FormControl<Shift[]>([], {
      nonNullable: true,
      validators: nonEmptyList,
    }),
    earliestStart: text(),
    maxCommuteKm: new FormControl<number | null>(15, [
      Validators.required,
      Validators.min(0),
      Validators.max(300),
    ]),
    commuteMeans: new FormControl<CommuteMean[]>([], { nonNullable: true }),
    contracts: new FormControl<ContractType[]>([], { nonNullable: true }),
    accommodations: new FormControl<Accommodation[]>([], { nonNullable: true }),
    notes: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(5000),
    }),
    exclusions: new FormArray<ExclusionGroup>([]),
    blockedOrganisations: new FormControl<string[]>([], { nonNullable: true }),
  });
}

/** Puts a stored profile into the form (lists rebuilt row by row). */
export function fillProfileForm(form: ProfileForm, profile: Profile): void {
  form.controls.skills.clear();
  profile.skills.forEach((s) => form.controls.skills.push(skillGroup(s)));
  form.controls.languages.clear();
  profile.languages.forEach((l) => form.controls.languages.push(languageGroup(l)));
  form.controls.exclusions.clear();
  profile.safety.exclusions.forEach((e) => form.controls.exclusions.push(exclusionGroup(e)));
  form.patchValue({
    networkId: profile.networkId,
    counsellorId: profile.counsellorId,
    status: profile.status,
    ageBand: profile.ageBand,
    homeComune: profile.homeComune,
    eqfLevel: profile.eqfLevel,
    targetOccupations: profile.targetOccupations,
    weeklyHours: profile.weeklyHours,
    shifts: profile.shifts,
    earliestStart: profile.earliestStart ?? '',
    maxCommuteKm: profile.maxCommuteKm,
    commuteMeans: profile.commuteMeans,
    contracts: profile.contracts,
    accommodations: profile.accommodations,
    notes: profile.notes ?? '',
    blockedOrganisations: profile.safety.blockedOrganisations,
  });
}

const orNull = (value: string): string | null => (value.trim() ? value.trim() : null);

/** The editable fields as the API takes them: empty texts become null, numbers are numbers. */
export function profileFields(form: ProfileForm): ProfileFields {
  const v = form.getRawValue();
  return {
    ...(v.counsellorId ? { counsellorId: v.counsellorId } : {}),
    ageBand: v.ageBand as AgeBand,
    homeComune: v.homeComune ?? '',
    eqfLevel: v.eqfLevel === null || String(v.eqfLevel) === '' ? null : Number(v.eqfLevel),
    targetOccupations: v.targetOccupations,
    skills: v.skills.map((s) => ({
      uri: s.uri ?? '',
      level: s.level,
      acquiredThrough: s.acquiredThrough,
      comment: orNull(s.comment),
    })),
    languages: v.languages.map((l) => ({ code: l.code, cefr: l.cefr as CefrLevel })),
    weeklyHours: Number(v.weeklyHours),
    shifts: v.shifts,
    earliestStart: orNull(v.earliestStart),
    maxCommuteKm: Number(v.maxCommuteKm),
    commuteMeans: v.commuteMeans,
    contracts: v.contracts,
    accommodations: v.accommodations,
    notes: orNull(v.notes),
  };
}

export function safetyConstraints(form: ProfileForm): SafetyConstraints {
  const v = form.getRawValue();
  return {
    exclusions: v.exclusions.map((e) => ({
      comune: e.comune ?? '',
      radiusKm: Number(e.radiusKm),
    })),
    blockedOrganisations: v.blockedOrganisations,
  };
}

export function createBody(form: ProfileForm): CreateProfileBody {
  const networkId = form.controls.networkId.value;
  return {
    ...(networkId ? { networkId } : {}),
    ...profileFields(form),
    ...safetyConstraints(form),
  };
}

export function sameSafety(a: SafetyConstraints, b: SafetyConstraints): boolean {
  const key = (s: SafetyConstraints) =>
    JSON.stringify({
      e: [...s.exclusions].map((x) => `${x.comune}:${x.radiusKm}`).sort(),
      b: [...s.blockedOrganisations].sort(),
    });
  return key(a) === key(b);
}

/** DOM id of the field behind a control path (`skills.0.comment` → `pf-skills-0-comment`). */
export function fieldId(path: string): string {
  return `pf-${path.replace(/\./g, '-')}`;
}
