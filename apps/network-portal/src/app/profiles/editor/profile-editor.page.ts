import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  ACCOMMODATIONS,
  AGE_BANDS,
  COMMUTE_MEANS,
  CONTRACT_TYPES,
  EQF_LEVELS,
  PROFILE_STATUSES,
  SHIFTS,
  type ProfileStatus,
} from '@ponte/domain';
import {
  ApiProblem,
  CheckGroupComponent,
  CheckOption,
  ComunePickerComponent,
  ConceptPickerComponent,
  FieldDirective,
  FieldErrorComponent,
  FieldProblem,
  IconComponent,
  SessionStore,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import { Observable, map, of, switchMap } from 'rxjs';
import { ComuniStore } from '../../core/comuni.store';
import { ErrorEntry, ErrorSummaryComponent, errorEntries } from '../../core/error-summary.component';
import type { NetworkMember, Profile } from '@ponte/contracts';
import { NetworksStore } from '../../core/networks.store';
import { ProfileContext } from '../profile-context';
import { ProfilesService } from '../profiles.service';
import { LanguagesFieldsetComponent } from './languages-fieldset.component';
import {
  createBody,
  fieldId,
  fillProfileForm,
  profileFields,
  profileForm,
  safetyConstraints,
  sameSafety,
} from './profile-form';
import { SafetyFieldsetComponent } from './safety-fieldset.component';
import { SkillsFieldsetComponent } from './skills-fieldset.component';

const options = (values: readonly string[], prefix: string): CheckOption[] =>
  values.map((value) => ({ value, labelKey: `${prefix}.${value}` }));

/**
 * Creates a profile (/profiles/new) or edits the one of the profile shell (/profiles/:id/edit).
 * Every refusal of the API shows next to its field and in a summary above the form; text that
 * looks like an identifier is refused with the kind of identifier found.
 */
@Component({
  selector: 'ponte-profile-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FieldDirective,
    FieldErrorComponent,
    IconComponent,
    CheckGroupComponent,
    ComunePickerComponent,
    ConceptPickerComponent,
    ErrorSummaryComponent,
    SkillsFieldsetComponent,
    LanguagesFieldsetComponent,
    SafetyFieldsetComponent,
  ],
  templateUrl: './profile-editor.page.html',
})
export class ProfileEditorPage implements OnInit {
  private readonly profiles = inject(ProfilesService);
  private readonly context = inject(ProfileContext, { optional: true });
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly comuni = inject(ComuniStore);
  protected readonly networks = inject(NetworksStore);
  private readonly session = inject(SessionStore);

  protected readonly form = profileForm();
  protected readonly fieldId = fieldId;
  /** The profile being edited; null when creating. */
  protected readonly editing = computed(() => this.context?.profile() ?? null);
  protected readonly networkIds = computed(() => this.session.user()?.networkIds ?? []);
  protected readonly members = signal<NetworkMember[]>([]);
  protected readonly submitting = signal(false);
  protected readonly errors = signal<ErrorEntry[]>([]);
  protected readonly unmatched = signal<FieldProblem[]>([]);
  protected readonly homeComune = toSignal(this.form.controls.homeComune.valueChanges, {
    initialValue: null,
  });

  protected readonly ageBands = AGE_BANDS;
  protected readonly eqfLevels = EQF_LEVELS;
  protected readonly statuses = PROFILE_STATUSES;
  protected readonly shiftOptions = options(SHIFTS, 'domain.shift');
  protected readonly commuteOptions = options(COMMUTE_MEANS, 'vocab.commute');
  protected readonly contractOptions = options(CONTRACT_TYPES, 'domain.contract');
  protected readonly accommodationOptions = options(ACCOMMODATIONS, 'domain.accommodation');

  ngOnInit(): void {
    this.comuni.load().subscribe({ error: () => undefined });
    const profile = this.editing();
    if (profile) {
      fillProfileForm(this.form, profile);
      this.loadMembers(profile.networkId);
    } else {
      const ids = this.networkIds();
      if (ids.length > 1) this.networks.load().subscribe({ error: () => undefined });
      if (ids.length === 1) this.form.controls.networkId.setValue(ids[0]);
      this.form.controls.counsellorId.setValue(this.session.user()?.id ?? '');
    }
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.refuse();
      return;
    }
    this.submitting.set(true);
    const profile = this.editing();
    const request: Observable<Profile | { id: string }> = profile
      ? this.save(profile)
      : this.profiles.create(createBody(this.form));
    request.subscribe({
      next: (saved) => {
        this.submitting.set(false);
        this.errors.set([]);
        if (profile) {
          this.context?.set(saved as Profile);
          this.context?.flash.set('profiles.flash.saved');
          void this.router.navigate(['/profiles', profile.id]);
        } else {
          void this.router.navigate(['/profiles', saved.id], { queryParams: { created: 1 } });
        }
      },
      error: (problem: ApiProblem) => {
        this.submitting.set(false);
        this.unmatched.set(applyServerErrors(this.form, problem));
        if (!problem.errors?.length) this.unmatched.set([{ field: '', message: problem.detail ?? problem.title }]);
        this.refuse();
      },
    });
  }

  /** PATCH the fields, then PUT the safety constraints if they changed (two endpoints). */
  private save(profile: Profile): Observable<Profile> {
    const safety = safetyConstraints(this.form);
    const { counsellorId, ...fields } = profileFields(this.form);
    const body = {
      ...fields,
      ...(counsellorId && counsellorId !== profile.counsellorId ? { counsellorId } : {}),
      ...(this.form.controls.status.value !== profile.status
        ? { status: this.form.controls.status.value as ProfileStatus }
        : {}),
    };
    return this.profiles.update(profile.id, body).pipe(
      switchMap((updated) =>
        sameSafety(updated.safety, safety)
          ? of(updated)
          : this.profiles.replaceSafety(profile.id, safety),
      ),
    );
  }

  private refuse(): void {
    this.form.markAllAsTouched();
    // Labels are read from the page once the error states have rendered.
    afterNextRender(
      () => this.errors.set(errorEntries(this.form, fieldId, this.document)),
      { injector: this.injector },
    );
  }

  private loadMembers(networkId: string): void {
    this.networks
      .members(networkId)
      .pipe(map((all) => all.filter((m) => m.role === 'counsellor')))
      .subscribe({ next: (m) => this.members.set(m), error: () => undefined });
  }
}
