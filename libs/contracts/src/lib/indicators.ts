import type { ContractType, IndicatorCell } from '@ponte/domain';

/**
 * The anonymised indicators as coordinators read them. Every count is a cell (`@ponte/domain`'s
 * `IndicatorCell`): published (`{ value }`) or suppressed (`{ suppressed: true }`: under the
 * threshold, or withheld so that no small count can be worked out from the totals; rule 7).
 */

/** The monthly series, in the order the dashboard and the export show them. */
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
  /** `month`: YYYY-MM. */
  points: { month: string; count: IndicatorCell }[];
  /** The whole period. */
  total: IndicatorCell;
}

export interface ContractCount {
  contract: ContractType;
  count: IndicatorCell;
}

/** One network's period totals, in the all-networks report. */
export interface NetworkIndicators {
  networkId: string;
  code: string;
  name: string;
  totals: Partial<Record<SeriesMetric, IndicatorCell>>;
  hiresByContract: ContractCount[];
  activeProfiles: IndicatorCell;
}

export interface Indicators {
  /** Null: all networks (then `networks` breaks them down). */
  networkId: string | null;
  /** YYYY-MM, included. */
  from: string;
  /** YYYY-MM, included. */
  to: string;
  granularity: 'month';
  /** Counts under this are suppressed. */
  threshold: number;
  months: string[];
  series: Series[];
  /** Hires in the period by contract type. */
  hiresByContract: ContractCount[];
  /** Active profiles now (created by the end of the period). */
  activeProfiles: IndicatorCell;
  /** Empty when `networkId` is given. */
  networks: NetworkIndicators[];
}

/** Which network (none: all networks) and which months (YYYY-MM), both included, Europe/Rome calendar. */
export interface IndicatorsQuery {
  networkId?: string;
  from?: string;
  to?: string;
  granularity?: 'month';
}
