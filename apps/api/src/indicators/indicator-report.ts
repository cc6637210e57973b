import {
  AdditiveSystemBuilder,
  CONTRACT_TYPES,
  ContractType,
  IndicatorCell,
  IndicatorEvent,
  publishCell,
  suppressCounts,
  SMALL_CELL_THRESHOLD,
} from '@ponte/domain';
import { SERIES_METRICS, type ContractCount, type Series, type SeriesMetric } from '@ponte/contracts';

/** The monthly series of the dashboard and the anonymous counter each one reads. */
export const SERIES_EVENTS = {
  proposalsSent: 'proposal_sent',
  interviews: 'interview_arranged',
  hires: null, // the sum of the hires by contract type, so the two tables add up exactly
  courseEnrolments: 'enrolled',
  courseCompletions: 'course_completed',
  stillInWorkAt6Months: 'still_in_work_six_months',
  stillInTrainingAt6Months: 'still_in_training_six_months',
} as const satisfies Record<SeriesMetric, IndicatorEvent | null>;

export const hiredEvent = (contract: ContractType): IndicatorEvent => `hired_${contract}`;
export const REPORT_EVENTS: IndicatorEvent[] = [
  ...SERIES_METRICS.flatMap((metric) => SERIES_EVENTS[metric] ?? []),
  ...CONTRACT_TYPES.map(hiredEvent),
];

export interface NetworkRef {
  id: string;
  code: string;
  name: string;
}

/** What the counters hold for the period: `counts.get(networkId)?.get(month)?.get(event)`. */
export interface ReportInput {
  networks: NetworkRef[];
  months: string[];
  counts: Map<string, Map<string, Map<string, number>>>;
  /** Active profiles per network (at the time of the report). */
  activeProfiles: Map<string, number>;
}

export interface ScopeView {
  series: Series[];
  hiresByContract: ContractCount[];
  activeProfiles: IndicatorCell;
}

/** Every network's figures and the all-networks figures, suppressed together. */
export interface IndicatorReport {
  months: string[];
  threshold: number;
  all: ScopeView;
  byNetwork: Map<string, ScopeView>;
}

/**
 * Builds the suppressed report. Each series is ONE table networks × months with its margins
 * (network period totals, all-networks monthly totals, grand total), and hires by contract
 * (networks × contracts) is linked to the hires series through the network totals: so the
 * figures of one network and of all networks are slices of the same suppressed tables, and
 * none can be recovered by subtracting what another view of the same period shows.
 */
export function buildIndicatorReport(input: ReportInput, threshold = SMALL_CELL_THRESHOLD): IndicatorReport {
  const { networks, months, counts } = input;
  const count = (network: string, month: string, event: IndicatorEvent) => counts.get(network)?.get(month)?.get(event) ?? 0;
  const byNetwork = new Map<string, ScopeView>(networks.map((n) => [n.id, { series: [], hiresByContract: [], activeProfiles: { suppressed: true } }]));
  const all: ScopeView = { series: [], hiresByContract: [], activeProfiles: { suppressed: true } };

  for (const metric of SERIES_METRICS) {
    const event = SERIES_EVENTS[metric];
    const value = (network: string, month: string) =>
      event ? count(network, month, event) : CONTRACT_TYPES.reduce((sum, contract) => sum + count(network, month, hiredEvent(contract)), 0);
    const builder = new AdditiveSystemBuilder();
    const table = builder.addTable(networks.map((n) => months.map((m) => value(n.id, m))));
    const contracts =
      metric === 'hires'
        ? builder.addTable(
            networks.map((n) => CONTRACT_TYPES.map((c) => months.reduce((sum, m) => sum + count(n.id, m, hiredEvent(c)), 0))),
            { rowTotals: table.rowTotals, total: table.total },
          )
        : null;
    const system = builder.build();
    const cell = publishCell(system, suppressCounts(system, threshold));
    networks.forEach((n, i) => {
      const view = byNetwork.get(n.id) as ScopeView;
      view.series.push({ metric, points: months.map((month, j) => ({ month, count: cell(table.cells[i][j]) })), total: cell(table.rowTotals[i]) });
      if (contracts) view.hiresByContract = CONTRACT_TYPES.map((contract, k) => ({ contract, count: cell(contracts.cells[i][k]) }));
    });
    all.series.push({ metric, points: months.map((month, j) => ({ month, count: cell(table.columnTotals[j]) })), total: cell(table.total) });
    if (contracts) all.hiresByContract = CONTRACT_TYPES.map((contract, k) => ({ contract, count: cell(contracts.columnTotals[k]) }));
  }

  // Active profiles: one column (networks) with its total.
  const builder = new AdditiveSystemBuilder();
  const active = builder.addTable(networks.map((n) => [input.activeProfiles.get(n.id) ?? 0]));
  const system = builder.build();
  const cell = publishCell(system, suppressCounts(system, threshold));
  networks.forEach((n, i) => ((byNetwork.get(n.id) as ScopeView).activeProfiles = cell(active.rowTotals[i])));
  all.activeProfiles = cell(active.total);

  return { months, threshold, all, byNetwork };
}

/** A resolved query: the network (or null: all) and the months, with the report built for them. */
export interface ResolvedReport {
  network: NetworkRef | null;
  from: string;
  to: string;
  report: IndicatorReport;
  networks: NetworkRef[];
}

/** The slice of the (jointly suppressed) report that the query asked for. */
export function scopeOf(resolved: ResolvedReport): ScopeView {
  return resolved.network ? (resolved.report.byNetwork.get(resolved.network.id) as ScopeView) : resolved.report.all;
}

/** `YYYY-MM` months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let i = index(from); i <= index(to); i++) months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return months;
}
