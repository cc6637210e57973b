import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import {
  ApiClient,
  ApiProblem,
  ComboboxComponent,
  ComboboxOption,
  ComboboxSearch,
  IconComponent,
  TranslatePipe,
} from '@ponte/ui';
import { map } from 'rxjs';
import type { WhyNot } from '@ponte/contracts';
import { MatchesService } from './matches.service';

interface OfferHit {
  sourceId: string;
  title: string;
  organisationName: string;
  comuneName: string | null;
}

/**
 * "Why not?" for an offer the counsellor expected among her matches: pick it from the
 * published catalogue and read which hard filter removes it (or its score and place).
 */
@Component({
  selector: 'ponte-why-not',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent, ComboboxComponent],
  template: `
    <section class="ponte-why-not card shadow-sm" aria-labelledby="why-not-heading">
      <div class="card-body">
        <h2 id="why-not-heading" class="h5">
          <ponte-icon name="it-help-circle" size="sm" color="primary" />
          {{ 'matches.whyNot.heading' | t }}
        </h2>
        <p>{{ 'matches.whyNot.intro' | t }}</p>
        <div class="ponte-max-w-md">
          <label id="why-not-label" for="why-not-offer" class="active">{{ 'matches.whyNot.offer' | t }}</label>
          <ponte-combobox inputId="why-not-offer" labelId="why-not-label" [search]="search" [minChars]="2"
                          [(text)]="text" placeholderKey="matches.whyNot.placeholder" (picked)="check($event)" />
        </div>
        <div aria-live="polite" class="mt-3">
          @if (checking()) {
            <p>{{ 'matches.whyNot.checking' | t }}</p>
          } @else if (problem(); as p) {
            <div class="alert alert-danger" role="alert">{{ p.detail ?? p.title }}</div>
          } @else if (result(); as r) {
            <div class="ponte-why-not-result" [class.ponte-why-not-passed]="r.passed">
              <p class="fw-semibold mb-1">{{ picked() }}</p>
              @if (!r.passed) {
                <p class="mb-0">
                  <ponte-icon name="it-ban" size="sm" color="danger" />
                  {{ 'matches.whyNot.filtered' | t }} <strong>{{ reasonKey(r.reason) | t }}</strong>
                </p>
                @if (r.reason === 'exclusion_area' || r.reason === 'organisation_blocked') {
                  <p class="small mb-0 mt-1">{{ 'matches.whyNot.safetyNote' | t }}</p>
                }
              } @else if (r.rank) {
                <p class="mb-0">
                  <ponte-icon name="it-check-circle" size="sm" color="success" />
                  {{ 'matches.whyNot.ranked' | t: { rank: r.rank, score: round(r.score) } }}
                </p>
              } @else {
                <p class="mb-0">
                  <ponte-icon name="it-info-circle" size="sm" color="primary" />
                  {{ (r.belowCut ? 'matches.whyNot.belowCut' : 'matches.whyNot.passedNotListed') | t: { score: round(r.score) } }}
                </p>
              }
            </div>
          }
        </div>
      </div>
    </section>
  `,
})
export class WhyNotComponent {
  private readonly api = inject(ApiClient);
  private readonly matches = inject(MatchesService);
  readonly profileId = input.required<string>();

  protected readonly text = signal('');
  protected readonly picked = signal('');
  protected readonly checking = signal(false);
  protected readonly result = signal<WhyNot | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);

  protected readonly search: ComboboxSearch<OfferHit> = (q) =>
    this.api
      .get<{ items: OfferHit[] }>('/search', { query: { q, kind: 'offer', pageSize: 10 } })
      .pipe(
        map((page) =>
          page.items.map(
            (hit): ComboboxOption<OfferHit> => ({
              id: hit.sourceId,
              label: hit.title,
              hint: [hit.organisationName, hit.comuneName].filter(Boolean).join(' · '),
              data: hit,
            }),
          ),
        ),
      );

  protected check(option: ComboboxOption<OfferHit>): void {
    this.text.set(option.label);
    this.picked.set(`${option.label} — ${option.hint ?? ''}`);
    this.checking.set(true);
    this.problem.set(null);
    this.result.set(null);
    this.matches.whyNot(this.profileId(), option.id).subscribe({
      next: (result) => {
        this.checking.set(false);
        this.result.set(result);
      },
      error: (problem: ApiProblem) => {
        this.checking.set(false);
        this.problem.set(problem);
      },
    });
  }

  protected reasonKey(reason: string | undefined): string {
    if (reason === 'profile_not_active' || reason === 'matching_consent_missing') {
      return `matches.unavailable.${reason}`;
    }
    return `vocab.filter.${reason ?? 'not_open'}`;
  }

  protected round(score: number | undefined): number {
    return Math.round(score ?? 0);
  }
}
