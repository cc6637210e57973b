import { Inject, Injectable } from '@nestjs/common';
import { SEARCH_ENGINE, type SearchEngine, type SearchResult } from '@ponte/search';
import { DataSource } from 'typeorm';
import { ReferenceCheck } from '../catalogue/reference-check';
import { FieldProblem, validationProblem } from '../common/problem/problem';
import { ReferenceCache } from '../reference/reference-cache';
import { SearchQueryDto } from './dto/search-query.dto';
import { UNVETTED_WITH_LISTINGS_SQL } from './search.sql';

export const DEFAULT_RADIUS_KM = 15;

/** Turns the HTTP query into the port's query, with what only the database knows. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly references: ReferenceCheck,
    private readonly dataSource: DataSource,
    private readonly cache: ReferenceCache,
  ) {}

  async search(query: SearchQueryDto): Promise<SearchResult> {
    const problems: FieldProblem[] = [];
    if (query.radiusKm !== undefined && !query.comune) problems.push({ field: 'radiusKm', code: 'radiusNeedsComune' });
    if (query.sort === 'distance' && !query.comune) problems.push({ field: 'sort', code: 'distanceNeedsComune' });
    const comune = query.comune;
    const location = comune ? await this.cache.get(`location|${comune}`, () => this.references.comuneLocation(comune)) : null;
    if (query.comune && !location) problems.push({ field: 'comune', code: 'unknownComune', params: { comune: query.comune } });
    if (problems.length) throw validationProblem(problems);
    return this.engine.search({
      text: query.q,
      kinds: query.kind,
      contracts: query.contract,
      shifts: query.shift,
      workModes: query.workMode,
      remote: query.remote,
      occupationUris: query.occupation,
      skillUris: query.skill,
      organisationKinds: query.organisationKind,
      near: location ? { ...location, radiusKm: query.radiusKm ?? DEFAULT_RADIUS_KM } : undefined,
      excludeOrganisationIds: this.engine.hidesUnvettedOrganisations ? undefined : await this.hiddenOrganisations(),
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  /**
   * Organisations with listings that are no longer vetted (suspended): hidden at query time,
   * before the index catches up. Small by construction.
   */
  private async hiddenOrganisations(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      UNVETTED_WITH_LISTINGS_SQL,
    );
    return rows.map((row) => row.id);
  }
}
