import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ApiClient, ApiProblem, ErrorStateComponent, LoadingStateComponent, PonteDatePipe, TranslatePipe, TranslationService } from '@ponte/ui';
import type { ConceptCounts, ReferenceStatus } from '@ponte/contracts';

/**
 * Which reference packs and languages are loaded, for the steering committee: concepts by
 * kind, and per language how many have a label in it (the rest show in English), and the
 * last imports with the files they read.
 */
@Component({
  selector: 'ponte-reference-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PonteDatePipe, ErrorStateComponent, LoadingStateComponent],
  template: `
    <div class="container my-5">
      <h1>{{ 'referenceData.heading' | t }}</h1>
      <p class="lead">{{ 'referenceData.intro' | t }}</p>
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (status(); as s) {
        <h2 class="h4">{{ 'referenceData.concepts' | t }}</h2>
        <dl class="row mb-4" data-testid="reference-concepts">
          @for (kind of kinds; track kind) {
            <dt class="col-7 col-md-4">{{ 'referenceData.kind.' + kind | t }}</dt>
            <dd class="col-5 col-md-8">{{ number(s.concepts[kind]) }}</dd>
          }
          <dt class="col-7 col-md-4">{{ 'referenceData.occupationSkills' | t }}</dt>
          <dd class="col-5 col-md-8">{{ number(s.occupationSkills) }}</dd>
          <dt class="col-7 col-md-4">{{ 'referenceData.skillBroader' | t }}</dt>
          <dd class="col-5 col-md-8">{{ number(s.skillBroader) }}</dd>
          <dt class="col-7 col-md-4">{{ 'referenceData.comuni' | t }}</dt>
          <dd class="col-5 col-md-8">{{ number(s.comuni) }}</dd>
        </dl>

        <h2 class="h4">{{ 'referenceData.languages' | t }}</h2>
        <div class="table-responsive mb-4">
          <table class="table ponte-table" data-testid="reference-languages">
            <caption>{{ 'referenceData.languagesCaption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'referenceData.col.language' | t }}</th>
                @for (kind of kinds; track kind) {
                  <th scope="col">{{ 'referenceData.kind.' + kind | t }}</th>
                }
                <th scope="col">{{ 'referenceData.col.labels' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (l of s.languages; track l.language) {
                <tr>
                  <th scope="row">{{ languageName(l.language) }}</th>
                  @for (kind of kinds; track kind) {
                    <td>{{ coverage(l.concepts[kind], s.concepts[kind]) }}</td>
                  }
                  <td>{{ number(l.labels) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>

        <h2 class="h4">{{ 'referenceData.imports' | t }}</h2>
        @if (s.imports.length === 0) {
          <p>{{ 'referenceData.noImports' | t }}</p>
        } @else {
          <div class="table-responsive">
            <table class="table ponte-table" data-testid="reference-imports">
              <thead>
                <tr>
                  <th scope="col">{{ 'referenceData.col.finishedAt' | t }}</th>
                  <th scope="col">{{ 'referenceData.col.sources' | t }}</th>
                  <th scope="col">{{ 'referenceData.col.changed' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (i of s.imports; track i.finishedAt) {
                  <tr>
                    <td>{{ i.finishedAt | ponteDate: 'dateTime' }}</td>
                    <td>
                      <ul class="list-unstyled mb-0 small">
                        @for (source of i.sources; track source) {
                          <li>
                            <span class="ponte-mono">{{ fileName(source) }}</span>
                            @if (labelsOnly(source)) { <span class="text-secondary">({{ 'referenceData.labelsOnly' | t }})</span> }
                          </li>
                        }
                      </ul>
                    </td>
                    <td>{{ number(i.changedRows) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      } @else {
        <ponte-loading-state />
      }
    </div>
  `,
})
export class ReferenceDataPage {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(TranslationService);
  protected readonly kinds: (keyof ConceptCounts)[] = ['occupations', 'skills', 'skillGroups', 'iscoGroups'];
  protected readonly status = signal<ReferenceStatus | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.problem.set(null);
    this.api.get<ReferenceStatus>('/reference/status').subscribe({
      next: (s) => this.status.set(s),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected number(value: number): string {
    return value.toLocaleString(this.i18n.language());
  }

  protected coverage(count: number, total: number): string {
    const percent = total ? Math.round((count / total) * 100) : 0;
    return this.i18n.t('referenceData.coverage', { count: this.number(count), total: this.number(total), percent });
  }

  /** "Italiano" for "it" in an Italian UI, "Italian" in an English one. */
  protected languageName(code: string): string {
    const name = new Intl.DisplayNames([this.i18n.language()], { type: 'language' }).of(code) ?? code;
    return `${name.charAt(0).toLocaleUpperCase(this.i18n.language())}${name.slice(1)} (${code})`;
  }

  protected fileName(source: string): string {
    return source.replace(/ \(labels\)$/, '');
  }

  protected labelsOnly(source: string): boolean {
    return source.endsWith(' (labels)');
  }
}
