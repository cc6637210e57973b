import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ApiProblem,
  EmptyStateComponent,
  ErrorStateComponent,
  FieldDirective,
  FieldErrorComponent,
  IconComponent,
  LoadingStateComponent,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
  applyServerErrors,
} from '@ponte/ui';
import { CoverDrafts } from '../core/cover-drafts';
import { OrganisationDirectory } from '../core/organisation-directory';
import { ProfileContext } from '../profiles/profile-context';
import type { ShortlistEntry } from '@ponte/contracts';
import { ProposalsService } from './proposals.service';

/** What a refused proposal needs from the counsellor, read from the problem's extensions. */
export interface ProposalRefusal {
  title: string;
  detail: string;
  /** Set when a consent is missing: where to record it. */
  consent?: { kind: string; organisationId?: string };
}

export function proposalRefusal(problem: ApiProblem): ProposalRefusal {
  const missing = problem.extensions?.['missingConsent'];
  const organisationId = problem.extensions?.['organisationId'];
  return {
    title: problem.title,
    detail: problem.detail ?? '',
    ...(typeof missing === 'string'
      ? {
          consent: {
            kind: missing,
            ...(typeof organisationId === 'string' ? { organisationId } : {}),
          },
        }
      : {}),
  };
}

/**
 * Her shortlist: the offers and courses selected for her, with private notes, and the
 * proposal step — a cover message for the organisation, checked against her consents, her
 * safety constraints and the matching filters by the API.
 */
@Component({
  selector: 'ponte-shortlist-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    StatusBadgeComponent,
    FieldDirective,
    FieldErrorComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  templateUrl: './shortlist.page.html',
})
export class ShortlistPage implements OnInit {
  private readonly context = inject(ProfileContext);
  private readonly proposals = inject(ProposalsService);
  private readonly drafts = inject(CoverDrafts);
  private readonly directory = inject(OrganisationDirectory);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly profile = this.context.current;
  protected readonly entries = signal<ShortlistEntry[] | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly proposing = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly refusal = signal<ProposalRefusal | null>(null);
  protected readonly removing = signal<string | null>(null);
  protected readonly form = new FormGroup({
    coverMessage: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
  });

  ngOnInit(): void {
    this.load();
    // The draft follows every keystroke, so the consent detour (another page) loses nothing.
    this.form.controls.coverMessage.valueChanges.subscribe((text) => {
      const entryId = this.proposing();
      if (entryId) this.drafts.set(entryId, text);
    });
  }

  protected load(): void {
    this.problem.set(null);
    this.proposals.shortlist(this.profile().id).subscribe({
      next: (page) => {
        this.entries.set(page.items);
        page.items.forEach((e) =>
          this.directory.remember({ id: e.target.organisationId, name: e.target.organisationName, kind: '' }),
        );
        const wanted = this.route.snapshot.queryParamMap.get('propose');
        if (wanted && page.items.some((e) => e.id === wanted && !e.proposalId)) this.open(wanted);
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected open(entryId: string): void {
    this.proposing.set(entryId);
    this.refusal.set(null);
    this.form.reset({ coverMessage: this.drafts.get(entryId) });
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#propose-${entryId} textarea`)?.focus(), {
      injector: this.injector,
    });
  }

  protected cancel(): void {
    const entryId = this.proposing();
    if (entryId) this.drafts.clear(entryId);
    this.proposing.set(null);
    this.refusal.set(null);
  }

  protected propose(entry: ShortlistEntry): void {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    this.refusal.set(null);
    this.proposals.propose(this.profile().id, entry.id, this.form.controls.coverMessage.value.trim()).subscribe({
      next: (created) => {
        this.sending.set(false);
        this.drafts.clear(entry.id);
        void this.router.navigate(['/proposals', created.id], { queryParams: { sent: 1 } });
      },
      error: (problem: ApiProblem) => {
        this.sending.set(false);
        const unmatched = applyServerErrors(this.form, problem);
        if (!problem.errors?.length || unmatched.length) this.refusal.set(proposalRefusal(problem));
      },
    });
  }

  /** Where to record the missing consent, and the way back here afterwards. */
  protected consentLink(entry: ShortlistEntry, consent: { kind: string; organisationId?: string }) {
    return {
      kind: consent.kind,
      organisationId: consent.kind === 'matching' ? null : (consent.organisationId ?? entry.target.organisationId),
      returnTo: `/profiles/${this.profile().id}/shortlist?propose=${entry.id}`,
    };
  }

  protected remove(entry: ShortlistEntry): void {
    this.removing.set(entry.id);
    this.proposals.removeFromShortlist(this.profile().id, entry.id).subscribe({
      next: () => {
        this.removing.set(null);
        this.load();
      },
      error: (problem: ApiProblem) => {
        this.removing.set(null);
        this.problem.set(problem);
      },
    });
  }
}
