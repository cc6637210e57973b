import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ApiProblem,
  ConfirmService,
  ErrorStateComponent,
  IconComponent,
  LoadingStateComponent,
  PonteDatePipe,
  StatusBadgeComponent,
  TranslatePipe,
  problemMessageKey,
} from '@ponte/ui';
import { OrganisationStore } from '../core/organisation.store';
import type { CatalogueKind } from '@ponte/contracts';
import { CataloguePreviewComponent } from './catalogue-preview.component';
import { CatalogueItem, CatalogueService } from './catalogue.service';

/** One offer or course: its state, the lifecycle actions, and the preview counsellors get. */
@Component({
  selector: 'ponte-catalogue-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PonteDatePipe,
    IconComponent,
    StatusBadgeComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    CataloguePreviewComponent,
  ],
  template: `
    <div class="container my-5">
      <nav class="breadcrumb-container" [attr.aria-label]="'catalogue.breadcrumb' | t">
        <ol class="breadcrumb">
          <li class="breadcrumb-item">
            <a [routerLink]="base">{{ t('list.heading') | t }}</a><span class="separator">/</span>
          </li>
          <li class="breadcrumb-item active" aria-current="page">{{ item()?.title ?? ('ui.state.loading' | t) }}</li>
        </ol>
      </nav>
      @if (problem(); as p) {
        <ponte-error-state [problem]="p" (retry)="load()" />
      } @else if (item(); as it) {
        <div class="d-flex flex-column flex-md-row justify-content-between gap-3 mb-2">
          <h1 class="mb-0">{{ it.title }}</h1>
          <div><ponte-status-badge vocabulary="publication" [value]="it.status" /></div>
        </div>
        <p class="text-secondary">
          @if (it.status === 'published') {
            {{ 'catalogue.detail.publishedOn' | t: { date: (it.publishedAt | ponteDate) } }}
          } @else if (it.status === 'closed') {
            {{ 'catalogue.detail.closedOn' | t: { date: (it.closedAt | ponteDate) } }}
            @if (it.closedReason) { ({{ 'catalogue.closedReason.' + it.closedReason | t }}) }
          } @else {
            {{ 'catalogue.detail.draftNote' | t }}
          }
        </p>

        @if (notice(); as n) {
          <div class="alert alert-success" role="status">{{ n | t }}</div>
        }
        @if (actionProblem(); as message) {
          <div class="alert alert-danger" role="alert">{{ message }}</div>
        }

        <div class="d-flex flex-wrap gap-2 mb-4" role="group" [attr.aria-label]="'catalogue.detail.actions' | t">
          @if (it.status !== 'closed') {
            <a class="btn btn-outline-primary btn-icon" [routerLink]="[base, it.id, 'edit']">
              <ponte-icon name="it-pencil" size="sm" color="primary" /><span>{{ 'catalogue.action.edit' | t }}</span>
            </a>
          }
          @if (it.status === 'draft') {
            <button type="button" class="btn btn-primary btn-icon" [disabled]="busy() || !canPublish()" (click)="act('publish')"
                    [attr.aria-describedby]="canPublish() ? null : 'publish-blocked'">
              <ponte-icon name="it-upload" size="sm" color="white" /><span>{{ 'catalogue.action.publish' | t }}</span>
            </button>
          }
          @if (it.status === 'published') {
            <button type="button" class="btn btn-outline-danger btn-icon" [disabled]="busy()" (click)="act('close')">
              <ponte-icon name="it-close-circle" size="sm" color="danger" /><span>{{ 'catalogue.action.close' | t }}</span>
            </button>
            <a class="btn btn-outline-primary btn-icon" routerLink="/proposals" [queryParams]="proposalFilter(it)">
              <ponte-icon name="it-card" size="sm" color="primary" /><span>{{ 'catalogue.action.proposals' | t }}</span>
            </a>
          }
          <button type="button" class="btn btn-outline-secondary btn-icon" [disabled]="busy()" (click)="act('duplicate')">
            <ponte-icon name="it-copy" size="sm" /><span>{{ 'catalogue.action.duplicate' | t }}</span>
          </button>
        </div>
        @if (it.status === 'draft' && !canPublish()) {
          <p id="publish-blocked" class="small text-secondary">{{ 'catalogue.detail.notVetted' | t }}</p>
        }

        <h2 class="h4 mt-4">{{ 'catalogue.detail.previewHeading' | t }}</h2>
        <p class="small text-secondary">{{ 'catalogue.detail.previewIntro' | t }}</p>
        <ponte-catalogue-preview [item]="it" />
      } @else {
        <ponte-loading-state />
      }
    </div>
  `,
})
export class CatalogueDetailPage {
  private readonly catalogue = inject(CatalogueService);
  private readonly confirm = inject(ConfirmService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly store = inject(OrganisationStore);
  protected readonly kind: CatalogueKind = this.route.snapshot.data['catalogueKind'];
  protected readonly base = this.kind === 'offer' ? '/offers' : '/courses';
  protected readonly item = signal<CatalogueItem | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly actionProblem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(
    this.route.snapshot.queryParamMap.get('saved') ? 'catalogue.detail.saved' : null,
  );
  protected readonly busy = signal(false);

  constructor() {
    this.route.paramMap.subscribe(() => this.load());
  }

  protected t(key: string): string {
    return `catalogue.${this.kind}.${key}`;
  }

  protected canPublish(): boolean {
    return this.store.organisation()?.canPublish ?? true;
  }

  protected proposalFilter(item: CatalogueItem): Record<string, string> {
    return this.kind === 'offer' ? { offerId: item.id } : { courseId: item.id };
  }

  protected load(): void {
    const id = this.route.snapshot.paramMap.get('id') ?? '';
    this.problem.set(null);
    this.item.set(null);
    this.catalogue.get(this.kind, id).subscribe({
      next: (item) => this.item.set(item),
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  protected async act(action: 'publish' | 'close' | 'duplicate'): Promise<void> {
    const current = this.item();
    if (!current || this.busy()) return;
    // Publishing shows it to every counsellor (and matching); closing takes it away: ask first.
    if (action !== 'duplicate' && !(await this.confirm.confirmKeys(`catalogue.confirm.${action}.${this.kind}`, { title: current.title }))) return;
    this.busy.set(true);
    this.actionProblem.set(null);
    this.notice.set(null);
    this.catalogue.move(this.kind, current.id, action).subscribe({
      next: (result) => {
        this.busy.set(false);
        if (action === 'duplicate') {
          void this.router.navigate([this.base, result.id, 'edit']);
          return;
        }
        this.item.set(result);
        this.notice.set(action === 'publish' ? 'catalogue.detail.published' : 'catalogue.detail.closed');
      },
      error: (problem: ApiProblem) => {
        this.busy.set(false);
        this.actionProblem.set(
          problem.errors?.map((e) => e.message).join(' ') || problem.detail || problemMessageKey(problem),
        );
      },
    });
  }
}
