import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CONSENT_BASES,
  CONSENT_KINDS,
  isConsentKind,
  type ConsentBasis,
  type ConsentKind,
} from '@ponte/domain';
import {
  ApiProblem,
  ComboboxComponent,
  ComboboxOption,
  ComboboxSearch,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  FieldProblem,
  IconComponent,
  LoadingStateComponent,
  PonteDatePipe,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import { map } from 'rxjs';
import { NetworksStore } from '../../core/networks.store';
import { OrganisationDirectory, OrganisationRef } from '../../core/organisation-directory';
import { ProfileContext } from '../profile-context';
import { Consent } from '@ponte/contracts';
import { ProfilesService } from '../profiles.service';

/** A safe in-app path to go back to after recording a consent (e.g. the shortlist). */
function returnPath(value: string | null): string | null {
  return value && value.startsWith('/profiles/') && !value.startsWith('//') ? value : null;
}

/**
 * Her consents, active and revoked, with when, how and by whom they were recorded; recording a
 * new one (matching, or sharing the card / disclosing identity with one organisation) and
 * revoking. A revocation hides at once what the consent allowed.
 */
@Component({
  selector: 'ponte-consents-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    ComboboxComponent,
    FieldDirective,
    FieldErrorComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  templateUrl: './consents.page.html',
})
export class ConsentsPage implements OnInit {
  private readonly context = inject(ProfileContext);
  private readonly profiles = inject(ProfilesService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly directory = inject(OrganisationDirectory);
  private readonly networks = inject(NetworksStore);
  /** Who recorded or revoked a consent: the network's staff, by id. */
  protected readonly staff = signal<ReadonlyMap<string, string>>(new Map());

  protected readonly profile = this.context.current;
  protected readonly consents = signal<Consent[] | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly active = computed(() => (this.consents() ?? []).filter((c) => c.active));
  protected readonly revoked = computed(() => (this.consents() ?? []).filter((c) => !c.active));
  protected readonly kinds = CONSENT_KINDS;
  protected readonly bases = CONSENT_BASES;
  private kindGiven = false;
  protected readonly returnTo = returnPath(this.route.snapshot.queryParamMap.get('returnTo'));

  protected readonly form = new FormGroup({
    kind: new FormControl<ConsentKind>('matching', { nonNullable: true }),
    organisationId: new FormControl<string | null>(null),
    basis: new FormControl<ConsentBasis | ''>('', {
      nonNullable: true,
      validators: Validators.required,
    }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly organisationText = signal('');
  protected readonly recording = signal(false);
  protected readonly recorded = signal<Consent | null>(null);
  protected readonly formProblems = signal<FieldProblem[]>([]);
  protected readonly revoking = signal<string | null>(null);
  protected readonly confirmRevoke = signal<string | null>(null);

  protected readonly searchOrganisations: ComboboxSearch<OrganisationRef> = (text) =>
    this.directory
      .suggest(text)
      .pipe(map((orgs) => orgs.map((o): ComboboxOption<OrganisationRef> => ({ id: o.id, label: o.name, data: o }))));

  ngOnInit(): void {
    this.directory.load().subscribe({ error: () => undefined });
    this.networks.members(this.profile().networkId).subscribe({
      next: (members) => this.staff.set(new Map(members.map((m) => [m.id, m.displayName]))),
      error: () => undefined,
    });
    const q = this.route.snapshot.queryParamMap;
    const kind = q.get('kind');
    this.kindGiven = !!kind && isConsentKind(kind);
    if (kind && isConsentKind(kind)) this.form.controls.kind.setValue(kind);
    const organisationId = q.get('organisationId');
    if (organisationId) {
      this.form.controls.organisationId.setValue(organisationId);
      this.organisationText.set(this.directory.name(organisationId) ?? '');
      this.directory.load().subscribe(() =>
        this.organisationText.set(this.directory.name(organisationId) ?? ''),
      );
    }
    this.load();
  }

  protected load(): void {
    this.problem.set(null);
    this.profiles.consents(this.profile().id).subscribe({
      next: (list) => {
        this.consents.set(list);
        // With the matching consent on record, the next one to record is usually a card share.
        const matching = list.some((c) => c.kind === 'matching' && c.active);
        if (!this.kindGiven && matching && this.form.controls.kind.value === 'matching') {
          this.form.controls.kind.setValue('share_card');
        }
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected organisationName(id: string | null): string {
    return this.directory.name(id) ?? '—';
  }

  protected pickOrganisation(option: ComboboxOption<OrganisationRef>): void {
    this.form.controls.organisationId.setValue(option.id);
    this.organisationText.set(option.label);
  }

  protected record(): void {
    if (this.recording()) return;
    this.formProblems.set([]);
    const { kind, organisationId, basis } = this.form.getRawValue();
    const scoped = kind !== 'matching';
    const organisation = this.form.controls.organisationId;
    organisation.setErrors(scoped && !organisationId ? { required: true } : null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.recording.set(true);
    this.profiles
      .recordConsent(this.profile().id, {
        kind,
        basis: basis as ConsentBasis,
        ...(scoped && organisationId ? { organisationId } : {}),
      })
      .subscribe({
        next: (consent) => {
          this.recording.set(false);
          this.recorded.set(consent);
          this.form.reset({ kind: 'matching', organisationId: null, basis: '' });
          this.organisationText.set('');
          this.load();
          // Matching consent changes the profile version: refresh the shared copy.
          this.context.reload();
        },
        error: (problem: ApiProblem) => {
          this.recording.set(false);
          const unmatched = applyServerErrors(this.form, problem);
          this.formProblems.set(
            problem.errors?.length ? unmatched : [{ field: '', message: problem.detail ?? problem.title }],
          );
        },
      });
  }

  protected revoke(consent: Consent): void {
    if (this.confirmRevoke() !== consent.id) {
      this.confirmRevoke.set(consent.id);
      return;
    }
    this.revoking.set(consent.id);
    this.profiles.revokeConsent(this.profile().id, consent.id).subscribe({
      next: () => {
        this.revoking.set(null);
        this.confirmRevoke.set(null);
        this.load();
        this.context.reload();
      },
      error: (problem: ApiProblem) => {
        this.revoking.set(null);
        this.problem.set(problem);
      },
    });
  }

  protected back(): void {
    if (this.returnTo) void this.router.navigateByUrl(this.returnTo);
  }
}
