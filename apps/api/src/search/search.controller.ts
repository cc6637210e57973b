import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { SearchResult } from '@ponte/search';
import { RequirePermissions } from '../auth/decorators';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.SEARCH_USE)
  @ApiOperation({ summary: 'Published offers and courses of vetted organisations: text, filters, radius, facets, sort' })
  search(@Query() query: SearchQueryDto): Promise<SearchResult> {
    return this.searchService.search(query);
  }
}
