import { Module } from '@nestjs/common';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

/** Anonymised indicators (dashboard data, CSV and XLSX exports) for coordinators. */
@Module({ controllers: [IndicatorsController], providers: [IndicatorsService] })
export class IndicatorsModule {}
