import { Directive, TemplateRef, inject, input } from '@angular/core';
import { ListView } from './list-store';

/* eslint-disable @typescript-eslint/no-unused-vars -- Angular reads only the context guards' signatures */

/**
 * The cells of one table row, typed by the list it shows:
 * `<ng-template [ponteListRow]="list" let-item>…<td>…</td></ng-template>`.
 */
@Directive({ selector: 'ng-template[ponteListRow]' })
export class ListRowDirective<T> {
  readonly ponteListRow = input.required<ListView<T>>();
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  static ngTemplateContextGuard<T>(
    _dir: ListRowDirective<T>,
    ctx: unknown,
  ): ctx is { $implicit: T } {
    return true;
  }
}

/** A list that is not a table (cards): `<ng-template [ponteListItems]="list" let-items><ul>…</ul></ng-template>`. */
@Directive({ selector: 'ng-template[ponteListItems]' })
export class ListItemsDirective<T> {
  readonly ponteListItems = input.required<ListView<T>>();
  readonly template = inject<TemplateRef<{ $implicit: T[] }>>(TemplateRef);

  static ngTemplateContextGuard<T>(
    _dir: ListItemsDirective<T>,
    ctx: unknown,
  ): ctx is { $implicit: T[] } {
    return true;
  }
}
/* eslint-enable @typescript-eslint/no-unused-vars */
