import { TestBed } from '@angular/core/testing';
import { PaginationComponent, pageSlots } from './pagination.component';

describe('pageSlots', () => {
  const render = (current: number, count: number) =>
    pageSlots(current, count)
      .map((s) => (s.kind === 'page' ? String(s.page) : '…'))
      .join(' ');

  it('shows first, last, current and neighbours with gaps', () => {
    expect(render(1, 1)).toBe('1');
    expect(render(1, 3)).toBe('1 2 3');
    expect(render(5, 10)).toBe('1 … 4 5 6 … 10');
    expect(render(2, 10)).toBe('1 2 3 … 10');
    expect(render(10, 10)).toBe('1 … 9 10');
  });
});

describe('PaginationComponent', () => {
  async function render(page: number, total: number) {
    const fixture = TestBed.createComponent(PaginationComponent);
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('pageSize', 20);
    fixture.componentRef.setInput('total', total);
    const emitted: number[] = [];
    fixture.componentInstance.pageChange.subscribe((p) => emitted.push(p));
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, emitted };
  }

  it('marks the current page, names the arrows and summarises the range', async () => {
    const { element } = await render(2, 45);
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Paginazione',
    );
    expect(
      element
        .querySelector('[aria-current="page"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Pagina 2');
    expect(element.textContent).toContain('Pagina precedente');
    expect(element.textContent).toContain('Pagina successiva');
    expect(
      element.querySelector('.ponte-pagination-summary')?.textContent?.trim(),
    ).toBe('Risultati da 21 a 40 di 45');
  });

  it('emits the chosen page and disables the arrow at an end', async () => {
    const { element, emitted } = await render(3, 45);
    const buttons = Array.from(
      element.querySelectorAll<HTMLButtonElement>('button.page-link'),
    );
    expect(buttons.at(-1)?.disabled).toBe(true);
    buttons[0].click();
    buttons[1].click();
    expect(emitted).toEqual([2, 1]);
  });

  it('renders nothing for an empty list', async () => {
    const { element } = await render(1, 0);
    expect(element.querySelector('nav')).toBeNull();
  });
});
