import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ApiProblem,
  IconComponent,
  PonteDatePipe,
  ReferenceService,
  TranslatePipe,
  TranslationService,
  conceptLabelText,
} from '@ponte/ui';
import { ERASURE_REQUEST_REASONS, type ConceptLabel, Consent, ErasureRequestReason } from '@ponte/contracts';
import { ComuniStore } from '../core/comuni.store';
import { OrganisationDirectory } from '../core/organisation-directory';
import { ExclusionMapComponent } from './editor/exclusion-map.component';
import { ProfileContext } from './profile-context';
import { ProfilesService } from './profiles.service';

/** One profile at a glance, what to do next (consent), and its erasure. */
@Component({
  selector: 'ponte-profile-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PonteDatePipe, IconComponent, ExclusionMapComponent],
  templateUrl: './profile-overview.page.html',
})
export class ProfileOverviewPage implements OnInit {
  protected readonly context = inject(ProfileContext);
  private readonly profiles = inject(ProfilesService);
  private readonly reference = inject(ReferenceService);
  private readonly i18n = inject(TranslationService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly comuni = inject(ComuniStore);
  protected readonly directory = inject(OrganisationDirectory);

  protected readonly profile = this.context.current;
  protected readonly created = this.route.snapshot.queryParamMap.get('created') === '1';
  protected readonly flash = signal<string | null>(null);
  protected readonly labels = signal<ReadonlyMap<string, ConceptLabel>>(new Map());
  protected readonly consents = signal<Consent[] | null>(null);
  protected readonly matchingConsent = computed(
    () => this.consents()?.some((c) => c.kind === 'matching' && c.active) ?? null,
  );
  protected readonly reasons = ERASURE_REQUEST_REASONS;
  protected readonly eraseReason = signal<ErasureRequestReason | ''>('');
  protected readonly eraseProblem = signal<ApiProblem | null>(null);
  protected readonly erasing = signal(false);
  private readonly eraseDialog = viewChild<ElementRef<HTMLDialogElement>>('eraseDialog');

  ngOnInit(): void {
    this.flash.set(this.context.flash());
    this.context.flash.set(null);
    const p = this.profile();
    this.comuni.load().subscribe({ error: () => undefined });
    this.directory.resolve(p.safety.blockedOrganisations);
    this.reference
      .conceptLabels([...p.skills.map((s) => s.uri), ...p.targetOccupations])
      .subscribe({
        next: (found) => this.labels.set(found),
        error: () => undefined,
      });
    this.profiles.consents(p.id).subscribe({
      next: (list) => this.consents.set(list),
      error: () => this.consents.set([]),
    });
  }

  protected label(uri: string): string {
    const found = this.labels().get(uri);
    return conceptLabelText(this.i18n, found?.label, found?.labelLanguage);
  }

  protected list(values: readonly string[], prefix: string): string {
    return values.length
      ? values.map((v) => this.i18n.t(`${prefix}.${v}`)).join(', ')
      : this.i18n.t('profiles.overview.none');
  }

  protected openErase(): void {
    this.eraseReason.set('');
    this.eraseProblem.set(null);
    this.eraseDialog()?.nativeElement.showModal();
  }

  protected closeErase(): void {
    this.eraseDialog()?.nativeElement.close();
  }

  protected erase(): void {
    const reason = this.eraseReason();
    if (!reason || this.erasing()) return;
    this.erasing.set(true);
    this.profiles.erase(this.profile().id, reason).subscribe({
      next: () => {
        this.closeErase();
        void this.router.navigate(['/profiles'], { queryParams: { erased: 1 } });
      },
      error: (problem: ApiProblem) => {
        this.erasing.set(false);
        this.eraseProblem.set(problem);
      },
    });
  }
}
