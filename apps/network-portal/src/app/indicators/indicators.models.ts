/**
 * The indicators as apps/api/src/indicators returns them: every count is a cell that is
 * either published (`{ value }`) or suppressed (`{ suppressed: true }`: under the threshold,
 * or withheld so that no small count can be worked out from the totals).
 */
export type IndicatorCell = { value: number } | { suppressed: true };

export const isSuppressed = (cell: IndicatorCell): cell is { suppressed: true } =>
  'suppressed' in cell && cell.suppressed === true;

export const SERIES_METRICS = [
  'proposalsSent',
  'interviews',
  'hires',
  'courseEnrolments',
  'courseCompletions',
  'stillInWorkAt6Months',
  'stillInTrainingAt6Months',
] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];

export interface Series {
  metric: SeriesMetric;
  points: { month: string; count: IndicatorCell }[];
  total: IndicatorCell;
}

export interface ContractCount {
  contract: string;
  count: IndicatorCell;
}

export interface NetworkIndicators {
  networkId: string;
  code: string;
  name: string;
  totals: Partial<Record<SeriesMetric, IndicatorCell>>;
  hiresByContract: ContractCount[];
  activeProfiles: IndicatorCell;
}

export interface Indicators {
  networkId: string | null;
  from: string;
  to: string;
  granularity: 'month';
  threshold: number;
  months: string[];
  series: Series[];
  hiresByContract: ContractCount[];
  activeProfiles: IndicatorCell;
  networks: NetworkIndicators[];
}

export interface IndicatorsQuery {
  networkId?: string;
  from?: string;
  to?: string;
}
