import { DestroyRef, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { ActivatedRoute, ParamMap, Params, Router } from '@angular/router';
import { Observable, Subscription } from 'rxjs';
import { ApiProblem } from '../api/api-problem';
import type { Page } from '@ponte/contracts';

export interface ListStoreOptions<Q, P extends Page<unknown>> {
  /** The request the URL's query parameters ask for (page included). */
  query: (params: ParamMap) => Q;
  fetch: (query: Q) => Observable<P>;
  /** The filter form: each control is named after its query parameter. */
  filters?: FormGroup;
  /** Parameters that narrow the list (the reset clears them); default: the form's controls. */
  filterNames?: readonly string[];
  /** When the list is not on screen (another view of the page), it does not load. */
  when?: (params: ParamMap) => boolean;
  /** After each page arrives (per-row extras, polling). */
  loaded?: (page: P) => void;
}

/** What the list's building blocks read and call (any query shape; rows of type T). */
export interface ListView<T> {
  readonly params: Signal<ParamMap>;
  readonly page: Signal<Page<T> | null>;
  readonly problem: Signal<ApiProblem | null>;
  readonly filtered: Signal<boolean>;
  load(options?: { quiet?: boolean }): void;
  goTo(page: number): void;
  set(params: Params): void;
  apply(): void;
  reset(): void;
}

/** Where a page number lives in the URL. */
export function pageNumberFrom(params: ParamMap): number {
  return Math.max(1, Number(params.get('page')) || 1);
}

/**
 * A paged list whose filters and page live in the URL: the query parameters are the one
 * source of truth, the form mirrors them, and every change of the URL loads the page again
 * (a load still in flight is dropped, so a slow answer never overwrites a newer one).
 */
export class ListStore<Q, P extends Page<unknown>>
  implements ListView<P['items'][number]>
{
  readonly params: Signal<ParamMap>;
  readonly query: Signal<Q>;
  readonly page = signal<P | null>(null);
  readonly problem = signal<ApiProblem | null>(null);
  /** The URL narrows the list: the empty state says so and the reset button shows. */
  readonly filtered: Signal<boolean>;
  readonly filters: FormGroup | undefined;
  private readonly filterNames: readonly string[];
  private inFlight: Subscription | null = null;

  constructor(
    private readonly options: ListStoreOptions<Q, P>,
    private readonly route: ActivatedRoute,
    private readonly router: Router,
    destroyRef: DestroyRef,
  ) {
    this.filters = options.filters;
    this.filterNames =
      options.filterNames ?? Object.keys(options.filters?.controls ?? {});
    this.params = toSignal(route.queryParamMap, { requireSync: true });
    this.query = computed(() => options.query(this.params()));
    this.filtered = computed(() =>
      this.filterNames.some((name) => this.params().has(name)),
    );
    route.queryParamMap
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((params) => {
        this.mirror(params);
        if (options.when?.(params) ?? true) this.load();
      });
    destroyRef.onDestroy(() => this.inFlight?.unsubscribe());
  }

  /** Loads the page the URL names; `quiet` keeps the current rows on screen meanwhile. */
  load({ quiet = false } = {}): void {
    this.inFlight?.unsubscribe();
    this.problem.set(null);
    if (!quiet) this.page.set(null);
    this.inFlight = this.options.fetch(this.query()).subscribe({
      next: (page) => {
        this.page.set(page);
        this.options.loaded?.(page);
      },
      error: (problem: ApiProblem) => this.problem.set(problem),
    });
  }

  goTo(page: number): void {
    this.navigate({ page });
  }

  /** Sets some parameters, back to the first page. */
  set(params: Params): void {
    this.navigate({ page: null, ...params });
  }

  /** Writes the form's values into the URL (blank values drop their parameter). */
  apply(): void {
    const values = this.filters?.getRawValue() ?? {};
    this.set(
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === 'string' ? value.trim() || null : (value ?? null),
        ]),
      ),
    );
  }

  reset(): void {
    this.set(Object.fromEntries(this.filterNames.map((name) => [name, null])));
  }

  private navigate(queryParams: Params): void {
    const params = Object.fromEntries(
      Object.entries(queryParams).map(([name, value]) => [
        name,
        value === '' ? null : value,
      ]),
    );
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
    });
  }

  private mirror(params: ParamMap): void {
    const form = this.filters;
    if (!form) return;
    const value = Object.fromEntries(
      Object.keys(form.controls).map((name) => [
        name,
        params.get(name) ??
          emptyOf((form.controls[name] as FormControl).defaultValue),
      ]),
    );
    form.setValue(value, { emitEvent: false });
  }
}

/** A control without a parameter goes back to its own blank: '' or null. */
function emptyOf(defaultValue: unknown): string | null {
  return defaultValue === null ? null : '';
}

/** A list store for the current route; call it in a component's field initialiser. */
export function listStore<Q, P extends Page<unknown>>(
  options: ListStoreOptions<Q, P>,
): ListStore<Q, P> {
  return new ListStore(
    options,
    inject(ActivatedRoute),
    inject(Router),
    inject(DestroyRef),
  );
}
