import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { FastifyReply } from 'fastify';
import { RequirePermissions } from '../auth/decorators';
import { Language, negotiateLanguage } from '../common/i18n/language';
import { Translator } from '../common/i18n/translator';
import { IndicatorsExportQuery, IndicatorsQuery, IndicatorsView } from './dto/indicators-query.dto';
import { exportRows, toCsv, toXlsx } from './indicator-export';
import { IndicatorsService } from './indicators.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Anonymised indicators for the steering committee: counts under 5 never leave the API. */
@ApiTags('indicators')
@ApiBearerAuth()
@RequirePermissions(PERMISSIONS.INDICATORS_READ)
@Controller('indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly translator: Translator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Monthly series, hires by contract and active profiles of a network (or all, with per-network totals), small cells suppressed' })
  @ApiOkResponse({ type: IndicatorsView })
  read(@Query() query: IndicatorsQuery): Promise<IndicatorsView> {
    return this.indicators.read(query);
  }

  @Get('export.csv')
  @ApiOperation({ summary: 'The same figures as CSV for Excel (UTF-8 BOM, `;` separator), labels in `lang` or Accept-Language; audited' })
  @ApiProduces('text/csv')
  async csv(@Query() query: IndicatorsExportQuery, @Headers('accept-language') accept: string | undefined, @Res() res: FastifyReply): Promise<void> {
    const language = query.lang ?? negotiateLanguage(accept);
    const resolved = await this.indicators.forExport(query, 'csv', language);
    send(res, 'text/csv; charset=utf-8', fileName(resolved.from, resolved.to, 'csv'), toCsv(exportRows(resolved, this.labelsIn(language))));
  }

  @Get('export.xlsx')
  @ApiOperation({ summary: 'The same figures as an XLSX workbook; audited' })
  @ApiProduces(XLSX_TYPE)
  async xlsx(@Query() query: IndicatorsExportQuery, @Headers('accept-language') accept: string | undefined, @Res() res: FastifyReply): Promise<void> {
    const language = query.lang ?? negotiateLanguage(accept);
    const resolved = await this.indicators.forExport(query, 'xlsx', language);
    const labels = this.labelsIn(language);
    const body = await toXlsx(exportRows(resolved, labels), labels('indicators.export.sheet'));
    send(res, XLSX_TYPE, fileName(resolved.from, resolved.to, 'xlsx'), body);
  }

  private labelsIn(language: Language) {
    return (key: string, params?: Record<string, unknown>) => this.translator.translate(language, key, params);
  }
}

const fileName = (from: string, to: string, extension: string) => `ponte-indicatori-${from}-${to}.${extension}`;

function send(res: FastifyReply, type: string, name: string, body: string | Buffer): void {
  res.status(200).header('Content-Type', type).header('Content-Disposition', `attachment; filename="${name}"`).header('Cache-Control', 'no-store').send(body);
}
