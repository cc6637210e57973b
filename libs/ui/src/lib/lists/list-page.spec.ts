import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Observable, of, throwError } from 'rxjs';
import type { Page } from '@ponte/contracts';
import { ApiProblem } from '../api/api-problem';
import { FilterBarComponent } from './filter-bar.component';
import {
  FilterSelectComponent,
  filterOptions,
} from './filter-select.component';
import { ListResultsComponent } from './list-results.component';
import { listStore, pageNumberFrom } from './list-store';
import { ListRowDirective } from './list-templates';

interface Person {
  id: string;
  name: string;
}

/** What the fake API answers, and what it was asked. */
const api = {
  asked: [] as { page: number; q?: string; role?: string }[],
  answer: (query: { page: number }): Observable<Page<Person>> =>
    of({
      items: [{ id: 'a', name: 'Anna' }],
      total: 41,
      page: query.page,
      pageSize: 20,
    }),
};

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    FilterBarComponent,
    FilterSelectComponent,
    ListResultsComponent,
    ListRowDirective,
  ],
  template: `
    <form ponteFilterBar [formGroup]="filters" [list]="list">
      <label for="q">Nome</label><input id="q" formControlName="q" />
    </form>
    <ponte-filter-select
      [list]="list"
      param="role"
      inputId="role"
      labelKey="domain.role.counsellor"
      [options]="roles"
    />
    <ponte-list-results
      [list]="list"
      captionKey="ui.list.caption"
      [columns]="['ui.list.caption', { key: 'ui.filter.apply', hidden: true }]"
    >
      <ng-template [ponteListRow]="list" let-p>
        <th scope="row">{{ p.name }}</th>
        <td>—</td>
      </ng-template>
    </ponte-list-results>
  `,
})
class PeoplePage {
  protected readonly roles = filterOptions(
    ['counsellor', 'coordinator'],
    'domain.role.',
  );
  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
  });
  protected readonly list = listStore({
    query: (params) => ({
      page: pageNumberFrom(params),
      q: params.get('q') ?? undefined,
      role: params.get('role') ?? undefined,
    }),
    fetch: (query) => {
      api.asked.push(query);
      return api.answer(query);
    },
    filters: this.filters,
    filterNames: ['q', 'role'],
  });
}

async function open(url: string) {
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: 'people', component: PeoplePage }])],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  harness.detectChanges();
  const router = TestBed.inject(Router);
  const element = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await harness.fixture.whenStable();
    harness.detectChanges();
  };
  return { element, router, settle };
}

const text = (el: Element | null | undefined) =>
  el?.textContent?.replace(/\s+/g, ' ').trim();

describe('the list page building blocks', () => {
  beforeEach(() => {
    api.asked = [];
    api.answer = (query) =>
      of({
        items: [{ id: 'a', name: 'Anna' }],
        total: 41,
        page: query.page,
        pageSize: 20,
      });
  });

  it('loads the page the URL names and shows a captioned table, the count and the pagination', async () => {
    const { element } = await open('/people?page=2&q=ann');
    expect(api.asked).toEqual([{ page: 2, q: 'ann', role: undefined }]);
    expect(text(element.querySelector('caption'))).toBe('Risultati');
    expect(
      [...element.querySelectorAll('thead th')].map((th) =>
        th.getAttribute('scope'),
      ),
    ).toEqual(['col', 'col']);
    expect(element.querySelector('thead th .visually-hidden')).not.toBeNull();
    expect(text(element.querySelector('tbody th[scope="row"]'))).toBe('Anna');
    const count = element.querySelector('.ponte-result-count');
    expect(count?.getAttribute('role')).toBe('status');
    expect(text(count)).toBe('41 risultati');
    expect(
      element.querySelector('ponte-pagination [aria-current="page"]')
        ?.textContent,
    ).toContain('2');
    // The form mirrors the URL.
    expect((element.querySelector('#q') as HTMLInputElement).value).toBe('ann');
  });

  it('writes the filters into the URL from the first page, and the reset clears them', async () => {
    const { element, router, settle } = await open('/people?page=3');
    const input = element.querySelector('#q') as HTMLInputElement;
    input.value = '  bea ';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    expect(router.url).toBe('/people?q=bea');
    expect(api.asked.at(-1)).toEqual({ page: 1, q: 'bea', role: undefined });

    const select = element.querySelector('#role') as HTMLSelectElement;
    select.value = 'coordinator';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(router.url).toBe('/people?q=bea&role=coordinator');
    expect(select.selectedOptions[0].textContent?.trim()).toBe('Coordinamento');

    const reset = [...element.querySelectorAll('button')].find(
      (b) => text(b) === 'Azzera i filtri',
    );
    reset?.click();
    await settle();
    expect(router.url).toBe('/people');
    expect(input.value).toBe('');
    expect(
      [...element.querySelectorAll('button')].some(
        (b) => text(b) === 'Azzera i filtri',
      ),
    ).toBe(false);
  });

  it('says when the filters leave nothing, in words and in the live region', async () => {
    api.answer = (query) =>
      of({ items: [], total: 0, page: query.page, pageSize: 20 });
    const { element } = await open('/people?q=zzz');
    expect(element.querySelector('table')).toBeNull();
    expect(text(element.querySelector('ponte-empty-state'))).toContain(
      'prova a cambiarli o ad azzerarli',
    );
    expect(
      text(element.querySelector('.ponte-result-count.visually-hidden')),
    ).toBe('Nessun risultato');
  });

  it('shows a failed load with a retry that asks again', async () => {
    let fail = true;
    api.answer = (query) =>
      fail
        ? throwError(
            () =>
              ({
                status: 503,
                title: 'Unavailable',
                detail: 'Servizio non disponibile',
              }) as ApiProblem,
          )
        : of({
            items: [{ id: 'a', name: 'Anna' }],
            total: 1,
            page: query.page,
            pageSize: 20,
          });
    const { element, settle } = await open('/people');
    expect(text(element.querySelector('[role="alert"]'))).toContain(
      'Servizio non disponibile',
    );
    fail = false;
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await settle();
    expect(api.asked).toHaveLength(2);
    expect(text(element.querySelector('.ponte-result-count'))).toBe(
      '1 risultato',
    );
    expect(element.querySelector('ponte-pagination nav')).toBeNull();
  });
});
