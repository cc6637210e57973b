import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { IconComponent } from '../layout/icon.component';

type PageSlot = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/** Pages to show: always the first and last, the current one and its neighbours, gaps as "…". */
export function pageSlots(current: number, pageCount: number): PageSlot[] {
  const wanted = new Set([1, pageCount, current - 1, current, current + 1]);
  const pages = [...wanted]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  pages.forEach((page, i) => {
    if (i > 0 && page - pages[i - 1] > 1)
      slots.push({ kind: 'gap', key: `gap-${page}` });
    slots.push({ kind: 'page', page });
  });
  return slots;
}

/**
 * Accessible pagination (1-based pages): a labelled `<nav>`, `aria-current="page"` on the
 * current page, text names on the arrow buttons, and a results summary.
 */
@Component({
  selector: 'ponte-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, IconComponent],
  template: `
    @if (total() > 0) {
      <nav
        class="pagination-wrapper justify-content-center"
        [attr.aria-label]="labelKey() | t"
      >
        <ul class="pagination">
          <li class="page-item" [class.disabled]="page() <= 1">
            <button
              type="button"
              class="page-link"
              [disabled]="page() <= 1"
              (click)="go(page() - 1)"
            >
              <ponte-icon name="it-chevron-left" color="primary" />
              <span class="visually-hidden">{{
                'ui.pagination.previous' | t
              }}</span>
            </button>
          </li>
          @for (
            slot of slots();
            track slot.kind === 'page' ? slot.page : slot.key
          ) {
            @if (slot.kind === 'page') {
              <li class="page-item">
                <button
                  type="button"
                  class="page-link"
                  [attr.aria-current]="slot.page === page() ? 'page' : null"
                  (click)="go(slot.page)"
                >
                  <span class="visually-hidden">{{
                    'ui.pagination.page' | t
                  }}</span>
                  {{ slot.page }}
                </button>
              </li>
            } @else {
              <li class="page-item">
                <span class="page-link" aria-hidden="true">…</span>
              </li>
            }
          }
          <li class="page-item" [class.disabled]="page() >= pageCount()">
            <button
              type="button"
              class="page-link"
              [disabled]="page() >= pageCount()"
              (click)="go(page() + 1)"
            >
              <span class="visually-hidden">{{
                'ui.pagination.next' | t
              }}</span>
              <ponte-icon name="it-chevron-right" color="primary" />
            </button>
          </li>
        </ul>
        <p
          class="ponte-pagination-summary text-center small mb-0"
          aria-live="polite"
        >
          {{
            'ui.pagination.summary'
              | t: { from: from(), to: to(), total: total() }
          }}
        </p>
      </nav>
    }
  `,
})
export class PaginationComponent {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  /** Message key naming this pagination, when a page has more than one list. */
  readonly labelKey = input('ui.pagination.label');
  readonly pageChange = output<number>();

  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil(this.total() / this.pageSize())),
  );
  protected readonly slots = computed(() =>
    pageSlots(this.page(), this.pageCount()),
  );
  protected readonly from = computed(() =>
    Math.min(this.total(), (this.page() - 1) * this.pageSize() + 1),
  );
  protected readonly to = computed(() =>
    Math.min(this.total(), this.page() * this.pageSize()),
  );

  protected go(page: number): void {
    if (page >= 1 && page <= this.pageCount() && page !== this.page())
      this.pageChange.emit(page);
  }
}
