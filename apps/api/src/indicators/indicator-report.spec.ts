import { CONTRACT_TYPES, IndicatorCell, isSuppressed } from '@ponte/domain';
import fc from 'fast-check';
import { buildIndicatorReport, hiredEvent, monthsBetween, REPORT_EVENTS, ScopeView, SERIES_EVENTS } from './indicator-report';

const NETWORKS = ['n1', 'n2', 'n3'].map((id) => ({ id, code: id, name: `Rete ${id}` }));
const MONTHS = ['2024-11', '2024-12', '2025-01'];

/** Random counters: many small counts, as a quiet network has. */
const counters = fc.array(
  fc.record({
    network: fc.constantFrom(...NETWORKS.map((n) => n.id)),
    month: fc.constantFrom(...MONTHS),
    event: fc.constantFrom(...REPORT_EVENTS),
    count: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 })),
  }),
  { maxLength: 40 },
);

function inputOf(rows: { network: string; month: string; event: string; count: number }[]) {
  const counts = new Map<string, Map<string, Map<string, number>>>();
  for (const r of rows) {
    const byMonth = counts.get(r.network) ?? new Map<string, Map<string, number>>();
    const byEvent = byMonth.get(r.month) ?? new Map<string, number>();
    byEvent.set(r.event, (byEvent.get(r.event) ?? 0) + r.count);
    byMonth.set(r.month, byEvent);
    counts.set(r.network, byMonth);
  }
  return { networks: NETWORKS, months: MONTHS, counts, activeProfiles: new Map([['n1', 3], ['n2', 12]]) };
}

const cellsOf = (scope: ScopeView): IndicatorCell[] => [
  ...scope.series.flatMap((s) => [...s.points.map((p) => p.count), s.total]),
  ...scope.hiresByContract.map((h) => h.count),
  scope.activeProfiles,
];

describe('buildIndicatorReport', () => {
  it('publishes the true aggregates or nothing, and never a count from 1 to 4', () => {
    fc.assert(
      fc.property(counters, (rows) => {
        const report = buildIndicatorReport(inputOf(rows));
        const truth = (networks: string[], months: string[], events: string[]) =>
          rows.filter((r) => networks.includes(r.network) && months.includes(r.month) && events.includes(r.event)).reduce((s, r) => s + r.count, 0);
        const hired = CONTRACT_TYPES.map(hiredEvent);
        const check = (scope: ScopeView, networks: string[]) => {
          for (const s of scope.series) {
            const events = SERIES_EVENTS[s.metric] ? [SERIES_EVENTS[s.metric] as string] : hired;
            s.points.forEach((p, j) => isSuppressed(p.count) || expect(p.count.value).toBe(truth(networks, [MONTHS[j]], events)));
            if (!isSuppressed(s.total)) expect(s.total.value).toBe(truth(networks, MONTHS, events));
          }
          scope.hiresByContract.forEach((h) => isSuppressed(h.count) || expect(h.count.value).toBe(truth(networks, MONTHS, [hiredEvent(h.contract)])));
          for (const cell of cellsOf(scope)) if (!isSuppressed(cell)) expect(cell.value === 0 || cell.value >= 5).toBe(true);
        };
        check(report.all, NETWORKS.map((n) => n.id));
        for (const n of NETWORKS) check(report.byNetwork.get(n.id) as ScopeView, [n.id]);
      }),
      { numRuns: 150 },
    );
  });

  it('withholds a small active-profile count with a complement, keeping the total', () => {
    const report = buildIndicatorReport(inputOf([]));
    expect(report.byNetwork.get('n1')?.activeProfiles).toEqual({ suppressed: true });
    expect(report.byNetwork.get('n3')?.activeProfiles).toEqual({ suppressed: true }); // the zero complement
    expect(report.byNetwork.get('n2')?.activeProfiles).toEqual({ value: 12 });
    expect(report.all.activeProfiles).toEqual({ value: 15 });
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03', '2025-03')).toEqual(['2025-03']);
  });
});
