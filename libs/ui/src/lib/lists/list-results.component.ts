import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  input,
} from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { EmptyStateComponent } from '../states/empty-state.component';
import { ErrorStateComponent } from '../states/error-state.component';
import { LoadingStateComponent } from '../states/loading-state.component';
import { PaginationComponent } from '../states/pagination.component';
import { ListView } from './list-store';
import { ListItemsDirective, ListRowDirective } from './list-templates';

/** A column heading: a message key, or one with a class, or one only screen readers read (actions). */
export type ListColumn =
  | string
  | { key: string; class?: string; hidden?: boolean };

/**
 * The results of a URL-driven list: error (with retry), loading, empty (the filtered variant
 * when the URL narrows the list; actions projected as content), the count in a live region,
 * the rows, and the pagination bound to the URL. Notes about the loaded page (`ponteListNotes`)
 * come before the rows or the empty state.
 *
 * Rows: give `columns` and a `ponteListRow` template (a captioned table with `th scope="col"`;
 * make the row's naming cell a `th scope="row"`), or a `ponteListItems` template for cards.
 */
@Component({
  selector: 'ponte-list-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    TranslatePipe,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PaginationComponent,
  ],
  template: `
    <p
      class="ponte-result-count"
      role="status"
      [class.visually-hidden]="!current()?.items?.length"
    >
      @if (current(); as page) {
        {{ countKey() | t: { count: page.total } }}
      }
    </p>
    @if (list().problem(); as problem) {
      <ponte-error-state [problem]="problem" (retry)="list().load()" />
    } @else if (current(); as page) {
      <ng-content select="[ponteListNotes]" />
      @if (page.items.length === 0) {
        <ponte-empty-state
          [icon]="emptyIcon()"
          [titleKey]="
            (list().filtered() && emptyFilteredTitleKey()) || emptyTitleKey()
          "
          [messageKey]="
            list().filtered() ? emptyFilteredMessageKey() : emptyMessageKey()
          "
        >
          <ng-content select="[ponteEmptyActions]" />
        </ponte-empty-state>
      } @else {
        @if (row(); as row) {
          <div class="table-responsive mb-4">
            <table class="table ponte-table" [class]="tableClass()">
              <caption class="visually-hidden">
                {{
                  captionKey() | t
                }}
              </caption>
              <thead>
                <tr>
                  @for (column of headings(); track column.key) {
                    <th scope="col" [class]="column.class">
                      @if (column.hidden) {
                        <span class="visually-hidden">{{
                          column.key | t
                        }}</span>
                      } @else {
                        {{ column.key | t }}
                      }
                    </th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (item of page.items; track track(item)) {
                  <tr>
                    <ng-container
                      *ngTemplateOutlet="
                        row.template;
                        context: { $implicit: item }
                      "
                    />
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else if (items(); as items) {
          <ng-container
            *ngTemplateOutlet="
              items.template;
              context: { $implicit: page.items }
            "
          />
        }
        @if (page.total > page.pageSize) {
          <ponte-pagination
            [page]="page.page"
            [pageSize]="page.pageSize"
            [total]="page.total"
            [labelKey]="paginationLabelKey()"
            (pageChange)="list().goTo($event)"
          />
        }
      }
    } @else {
      <ponte-loading-state />
    }
  `,
})
export class ListResultsComponent {
  readonly list = input.required<ListView<unknown>>();
  /** `{count, plural, one {# …} other {# …}}`: announced whenever a page arrives. */
  readonly countKey = input('ui.list.count');
  readonly captionKey = input('ui.list.caption');
  readonly columns = input<readonly ListColumn[]>([]);
  readonly tableClass = input('');
  readonly emptyIcon = input('it-inbox');
  readonly emptyTitleKey = input('ui.state.empty.title');
  readonly emptyMessageKey = input<string | undefined>(undefined);
  /** The empty state when the URL narrows the list (default: the same title, "change the filters"). */
  readonly emptyFilteredTitleKey = input<string | undefined>(undefined);
  readonly emptyFilteredMessageKey = input<string | undefined>(
    'ui.list.emptyFiltered',
  );
  readonly paginationLabelKey = input('ui.pagination.label');
  readonly trackBy = input<(item: never) => unknown>(
    (item: { id?: unknown }) => item.id,
  );

  protected track(item: unknown): unknown {
    return (this.trackBy() as (item: unknown) => unknown)(item);
  }

  protected readonly row = contentChild(ListRowDirective);
  protected readonly items = contentChild(ListItemsDirective);
  protected readonly current = computed(() => this.list().page());
  protected readonly headings = computed(() =>
    this.columns().map((c) =>
      typeof c === 'string' ? { key: c, class: undefined, hidden: false } : c,
    ),
  );
}
