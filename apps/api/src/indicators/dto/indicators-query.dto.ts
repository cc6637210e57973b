import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SERIES_METRICS, type SeriesMetric } from '@ponte/contracts';
import type * as contract from '@ponte/contracts';
import { CONTRACT_TYPES, type ContractType, type IndicatorCell } from '@ponte/domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const GRANULARITIES = ['month'] as const;

/** Which network (none: all networks) and which months, both included, Europe/Rome calendar. */
export class IndicatorsQuery implements contract.IndicatorsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One network; omitted: all networks (with a per-network breakdown)' })
  @IsOptional()
  @IsUUID()
  networkId?: string;

  @ApiPropertyOptional({ example: '2025-01', description: 'First month (YYYY-MM); default: 11 months before `to`' })
  @IsOptional()
  @Matches(MONTH)
  from?: string;

  @ApiPropertyOptional({ example: '2025-12', description: 'Last month (YYYY-MM), included; default: the current month' })
  @IsOptional()
  @Matches(MONTH)
  to?: string;

  @ApiPropertyOptional({ enum: GRANULARITIES, default: 'month' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity?: (typeof GRANULARITIES)[number];
}

/** The same query, plus the language of the labels (default: Accept-Language, then Italian). */
export class IndicatorsExportQuery extends IndicatorsQuery {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

/** `{ value }`, or `{ suppressed: true }` for a count under 5 or one withheld to protect it. */
export class IndicatorCellView {
  @ApiPropertyOptional({ minimum: 0 }) value?: number;
  @ApiPropertyOptional({ enum: [true] }) suppressed?: true;
}

export class SeriesPointView {
  @ApiProperty({ example: '2025-01' }) month!: string;
  @ApiProperty({ type: IndicatorCellView }) count!: IndicatorCell;
}

export class SeriesView implements contract.Series {
  @ApiProperty({ enum: SERIES_METRICS }) metric!: SeriesMetric;
  @ApiProperty({ type: [SeriesPointView] }) points!: SeriesPointView[];
  @ApiProperty({ type: IndicatorCellView, description: 'The whole period' }) total!: IndicatorCell;
}

export class ContractCountView implements contract.ContractCount {
  @ApiProperty({ enum: CONTRACT_TYPES }) contract!: ContractType;
  @ApiProperty({ type: IndicatorCellView }) count!: IndicatorCell;
}

export class NetworkIndicatorsView implements contract.NetworkIndicators {
  @ApiProperty({ format: 'uuid' }) networkId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: Object, description: 'Period total per series metric: `{ proposalsSent: cell, … }`' })
  totals!: Partial<Record<SeriesMetric, IndicatorCell>>;
  @ApiProperty({ type: [ContractCountView] }) hiresByContract!: ContractCountView[];
  @ApiProperty({ type: IndicatorCellView }) activeProfiles!: IndicatorCell;
}

export class IndicatorsView implements contract.Indicators {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) networkId!: string | null;
  @ApiProperty({ example: '2025-01' }) from!: string;
  @ApiProperty({ example: '2025-12' }) to!: string;
  @ApiProperty({ enum: GRANULARITIES }) granularity!: 'month';
  @ApiProperty({ example: 5, description: 'Counts under this are suppressed' }) threshold!: number;
  @ApiProperty({ type: [String] }) months!: string[];
  @ApiProperty({ type: [SeriesView] }) series!: SeriesView[];
  @ApiProperty({ type: [ContractCountView], description: 'Hires in the period by contract type' }) hiresByContract!: ContractCountView[];
  @ApiProperty({ type: IndicatorCellView, description: 'Active profiles now (created by the end of the period)' }) activeProfiles!: IndicatorCell;
  @ApiProperty({ type: [NetworkIndicatorsView], description: 'Per network period totals; empty when `networkId` is given' })
  networks!: NetworkIndicatorsView[];
}
