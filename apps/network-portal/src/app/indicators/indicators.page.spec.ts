import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  NETWORK_ID,
  flushAll,
  networkTestProviders,
  settle,
  signIn,
} from '../../testing/network-test-providers';
import { indicatorsDictionary } from './indicators.i18n';
import type { Indicators } from '@ponte/contracts';
import type { IndicatorCell } from '@ponte/domain';
import { IndicatorsPage, monthLabel } from './indicators.page';

const v = (value: number): IndicatorCell => ({ value });
const S: IndicatorCell = { suppressed: true };

/** A report as the API answers it: some cells published, some suppressed. */
function report(): Indicators {
  const months = ['2026-01', '2026-02', '2026-03'];
  const series = (metric: Indicators['series'][number]['metric'], cells: IndicatorCell[], total: IndicatorCell) => ({
    metric,
    points: months.map((month, i) => ({ month, count: cells[i] })),
    total,
  });
  return {
    networkId: null,
    from: '2026-01',
    to: '2026-03',
    granularity: 'month',
    threshold: 5,
    months,
    series: [
      series('proposalsSent', [v(12), S, v(9)], v(24)),
      series('interviews', [S, S, v(6)], v(8)),
      series('hires', [S, S, S], S),
      series('courseEnrolments', [v(5), v(7), v(11)], v(23)),
      series('courseCompletions', [S, S, S], S),
      series('stillInWorkAt6Months', [S, S, S], S),
      series('stillInTrainingAt6Months', [S, S, S], S),
    ],
    hiresByContract: [
      { contract: 'tirocinio', count: S },
      { contract: 'apprendistato', count: S },
      { contract: 'tempo_determinato', count: v(0) },
      { contract: 'tempo_indeterminato', count: S },
      { contract: 'other', count: v(0) },
    ],
    activeProfiles: v(143),
    networks: [
      {
        networkId: NETWORK_ID,
        code: 'nord-milano',
        name: 'Rete Nord Milano',
        totals: { proposalsSent: v(20), hires: S },
        hiresByContract: [],
        activeProfiles: S,
      },
    ],
  };
}

describe('IndicatorsPage', () => {
  let fixture: ComponentFixture<IndicatorsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: networkTestProviders([], indicatorsDictionary),
    });
    http = TestBed.inject(HttpTestingController);
    signIn('coordinator');
    await TestBed.inject(Router).navigateByUrl('/?from=2026-01&to=2026-03');
    fixture = TestBed.createComponent(IndicatorsPage);
    page = fixture.nativeElement;
    await settle(fixture);
    flushAll(http, '/api/networks', { items: [], total: 0, page: 1, pageSize: 100 });
    const read = http.expectOne((req) => req.url === '/api/indicators');
    expect(read.request.params.get('from')).toBe('2026-01');
    expect(read.request.params.get('to')).toBe('2026-03');
    read.flush(report());
    await settle(fixture);
  });

  afterEach(() => http.verify());

  /** The rows of the monthly table, as text per cell. */
  function monthlyTable(): string[][] {
    const table = page.querySelectorAll('table')[0];
    return Array.from(table.querySelectorAll('tbody tr, tfoot tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) =>
        (cell.querySelector('[aria-hidden="true"]')?.textContent ?? cell.textContent ?? '').trim(),
      ),
    );
  }

  it('shows published counts as numbers and every suppressed cell as “oscurato”, never as a number', () => {
    const rows = monthlyTable();
    expect(rows[0]).toEqual(['gen 2026', '12', 'oscurato', 'oscurato', '5', 'oscurato', 'oscurato', 'oscurato']);
    expect(rows[1]).toEqual(['feb 2026', 'oscurato', 'oscurato', 'oscurato', '7', 'oscurato', 'oscurato', 'oscurato']);
    expect(rows[3]).toEqual(['Totale del periodo', '24', '8', 'oscurato', '23', 'oscurato', 'oscurato', 'oscurato']);
    const suppressed = page.querySelectorAll('.ponte-suppressed');
    // 3×5 monthly + 5 totals suppressed in the table, plus headline, contracts and network cells.
    expect(suppressed.length).toBeGreaterThanOrEqual(20);
    for (const cell of Array.from(suppressed)) {
      expect(cell.textContent).not.toMatch(/\d{2,}|\b[0-4]\b/);
      expect(cell.querySelector('.visually-hidden')?.textContent).toContain('Dato oscurato: meno di 5 casi');
    }
  });

  it('draws suppressed months as hatched stubs with no height that would reveal the count', () => {
    const charts = page.querySelectorAll('svg.ponte-chart');
    // One chart per series, one for hires by contract.
    expect(charts.length).toBe(8);
    const proposals = charts[0];
    expect(proposals.querySelectorAll('rect.ponte-chart-bar').length).toBe(2);
    expect(proposals.querySelectorAll('rect.ponte-chart-suppressed').length).toBe(1);
    expect(Array.from(proposals.querySelectorAll('.ponte-chart-value')).map((t) => t.textContent?.trim())).toEqual([
      '12',
      'osc.',
      '9',
    ]);
    const stubs = Array.from(page.querySelectorAll('rect.ponte-chart-suppressed')).map((r) => r.getAttribute('height'));
    expect(new Set(stubs)).toEqual(new Set(['14']));
    // The chart is an image with a text summary; the data are in the tables.
    expect(proposals.getAttribute('role')).toBe('img');
    expect(proposals.querySelector('desc')?.textContent).toContain('1 oscurato');
  });

  it('suppresses the headline figures and the per-network totals the same way', () => {
    const kpis = Array.from(page.querySelectorAll('.ponte-kpi')).map((k) => k.textContent?.replace(/\s+/g, ' ').trim());
    expect(kpis[0]).toContain('143');
    expect(kpis.find((k) => k?.includes('Assunzioni'))).toContain('oscurato');
    const network = page.querySelectorAll('table')[2].querySelector('tbody tr');
    expect(network?.querySelector('th')?.textContent).toContain('Rete Nord Milano');
    expect(network?.querySelectorAll('td')[0].textContent).toContain('oscurato');
    expect(network?.querySelectorAll('td')[1].textContent).toContain('20');
  });

  it('exports the same period as CSV and XLSX from the API, which applies the same suppression', async () => {
    const clicks = jest.fn();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(clicks);
    const buttons = Array.from(page.querySelectorAll<HTMLButtonElement>('button'));
    buttons.find((b) => b.textContent?.includes('Esporta CSV'))?.click();
    const csv = http.expectOne((req) => req.url === '/api/indicators/export.csv');
    expect(csv.request.params.get('from')).toBe('2026-01');
    expect(csv.request.params.get('lang')).toBe('it');
    expect(csv.request.responseType).toBe('blob');
    csv.flush(new Blob(['Mese;Candidature\r\n2026-02;*\r\n']));
    await settle(fixture);
    expect(clicks).toHaveBeenCalledTimes(1);

    buttons.find((b) => b.textContent?.includes('XLSX'))?.click();
    http.expectOne((req) => req.url === '/api/indicators/export.xlsx').flush(new Blob(['xlsx']));
    await settle(fixture);
    expect(clicks).toHaveBeenCalledTimes(2);
  });

  it('labels months in the UI language', () => {
    expect(monthLabel('2026-03', 'it-IT')).toBe('mar 2026');
    expect(monthLabel('2026-03', 'en-GB')).toBe('Mar 2026');
  });
});
