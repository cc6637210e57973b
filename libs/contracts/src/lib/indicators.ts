import { INDICATOR_METRICS, type ContractType, type IndicatorCell, type IndicatorMetric } from '@ponte/domain';

/**
 * The anonymised indicators as coordinators read them. Every count is a cell (`@ponte/domain`'s
 * `IndicatorCell`): published (`{ value }`) or suppressed (`{ suppressed: true }`: under the
 * threshold, or withheld so that no small count can be worked out from the totals; rule 7).
 */

/** The monthly series: every indicator but the active profiles (a count now, not per month). */
export type SeriesMetric = Exclude<IndicatorMetric, 'activeProfiles'>;
/** In the order the dashboard and the export show them (`@ponte/domain`'s INDICATOR_METRICS). */
export const SERIES_METRICS: readonly SeriesMetric[] = INDICATOR_METRICS.filter((m): m is SeriesMetric => m !== 'activeProfiles');

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
