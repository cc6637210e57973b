import { Body, Controller, Get, Headers, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { RequirePermissions } from '../auth/decorators';
import { negotiateLanguage } from '../common/i18n/language';
import { ComuneQuery, ConceptLookupDto, LanguageQuery, SuggestQuery } from './dto/reference-query.dto';
import type { ComuneView, ConceptDetailView, ConceptLookupView, ConceptSuggestion, ReferenceStatusView } from './dto/reference-views';
import { ReferenceLookupService } from './reference-lookup.service';
import { ReferenceSearchService } from './reference-search.service';
import { ReferenceStatusService } from './reference-status.service';
import { Post } from '../common/idempotency/post.decorator';

interface Suggestions<T> {
  items: T[];
}

/** Reference data for every signed-in user: ESCO autocomplete and labels, comuni. */
@ApiTags('reference')
@ApiBearerAuth()
@RequirePermissions(PERMISSIONS.REFERENCE_READ)
@Controller('reference')
export class ReferenceController {
  constructor(
    private readonly search: ReferenceSearchService,
    private readonly lookups: ReferenceLookupService,
    private readonly statuses: ReferenceStatusService,
  ) {}

  @Get('status')
  @RequirePermissions(PERMISSIONS.REFERENCE_STATUS)
  @ApiOperation({ summary: 'Coordinators: which reference packs and languages are loaded, with counts, and the last imports' })
  status(): Promise<ReferenceStatusView> {
    return this.statuses.status();
  }

  @Get('skills')
  @ApiOperation({ summary: 'Autocomplete ESCO skills (labels in `lang` or Accept-Language, English fallback; tolerates one typo)' })
  async skills(@Query() query: SuggestQuery, @Headers('accept-language') accept?: string): Promise<Suggestions<ConceptSuggestion>> {
    return { items: await this.search.concepts('skill', query.q, query.lang ?? negotiateLanguage(accept), query.limit) };
  }

  @Get('occupations')
  @ApiOperation({ summary: 'Autocomplete ESCO occupations (by label or code)' })
  async occupations(@Query() query: SuggestQuery, @Headers('accept-language') accept?: string): Promise<Suggestions<ConceptSuggestion>> {
    return { items: await this.search.concepts('occupation', query.q, query.lang ?? negotiateLanguage(accept), query.limit) };
  }

  @Get('isco-groups')
  @ApiOperation({ summary: 'Autocomplete ISCO-08 groups (by label or code, e.g. "Sviluppatori" or "2512")' })
  async iscoGroups(@Query() query: SuggestQuery, @Headers('accept-language') accept?: string): Promise<Suggestions<ConceptSuggestion>> {
    return { items: await this.search.concepts('isco_group', query.q, query.lang ?? negotiateLanguage(accept), query.limit) };
  }

  @Get('comuni')
  @ApiOperation({ summary: 'Autocomplete the comuni of the metropolitan area (by name or ISTAT code); no `q` lists them by name' })
  async comuni(@Query() query: ComuneQuery): Promise<Suggestions<ComuneView>> {
    return { items: await this.search.comuni(query.q, query.limit) };
  }

  @Get('comuni/:istatCode')
  @ApiOperation({ summary: 'One comune by ISTAT code' })
  comune(@Param('istatCode') istatCode: string): Promise<ComuneView> {
    return this.lookups.comune(istatCode);
  }

  @Get('skills/:id')
  @ApiOperation({ summary: 'One skill by the last segment of its URI: labels, broader skills and groups' })
  skill(@Param('id') id: string, @Query() query: LanguageQuery, @Headers('accept-language') accept?: string): Promise<ConceptDetailView> {
    return this.lookups.detail('skill', id, query.lang ?? negotiateLanguage(accept));
  }

  @Get('occupations/:id')
  @ApiOperation({ summary: 'One occupation by the last segment of its URI: labels, essential and optional skills' })
  occupation(@Param('id') id: string, @Query() query: LanguageQuery, @Headers('accept-language') accept?: string): Promise<ConceptDetailView> {
    return this.lookups.detail('occupation', id, query.lang ?? negotiateLanguage(accept));
  }

  @Post('concepts/lookup')
  @HttpCode(200)
  @ApiOperation({ summary: 'Labels of stored ESCO URIs (any kind), in `lang` or Accept-Language; unknown URIs are listed' })
  lookup(@Body() body: ConceptLookupDto, @Headers('accept-language') accept?: string): Promise<ConceptLookupView> {
    return this.lookups.lookup(body.uris, body.lang ?? negotiateLanguage(accept));
  }
}
