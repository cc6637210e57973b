import { Injectable } from '@nestjs/common';
import type { PublicationStatus } from '@ponte/domain';
import type { CatalogueKind } from '@ponte/jobs';
import { Course, Offer, Organisation } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { PageQuery, pageWindow } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { ENTITY_OF } from './catalogue-lifecycle.service';
import { catalogueReaderOf } from './catalogue-scope';

type Entity = Offer | Course;
export type WithOrganisation<T> = T & { organisation: Organisation };

/**
 * Reads scoped per caller: a partner sees every record of its organisation, staff with
 * catalogue:read only published ones of vetted organisations; anything else is 404.
 */
@Injectable()
export class CatalogueReads {
  constructor(private readonly dataSource: DataSource) {}

  async get<T extends Entity>(kind: CatalogueKind, id: string, principal: Principal): Promise<WithOrganisation<T>> {
    const record = await this.scoped<T>(kind, principal).andWhere('r.id = :id', { id }).getOne();
    if (!record) throw notFound();
    return record as WithOrganisation<T>;
  }

  async list<T extends Entity>(
    kind: CatalogueKind,
    principal: Principal,
    query: PageQuery & { status?: PublicationStatus },
  ): Promise<{ items: WithOrganisation<T>[]; total: number }> {
    const builder = this.scoped<T>(kind, principal);
    if (query.status) builder.andWhere('r.status = :status', { status: query.status });
    const { skip, take } = pageWindow(query);
    // offset/limit, not skip/take: the join is one organisation per record, so TypeORM's extra
    // query for the distinct ids of the page (the slowest of the three) is not needed.
    const items = await builder.clone().orderBy('r.updatedAt', 'DESC').addOrderBy('r.id').offset(skip).limit(take).getMany();
    const total = await builder.getCount();
    return { items: items as WithOrganisation<T>[], total };
  }

  private scoped<T extends Entity>(kind: CatalogueKind, principal: Principal) {
    const reader = catalogueReaderOf(principal);
    const builder = this.dataSource
      .getRepository(ENTITY_OF[kind] as new () => T)
      .createQueryBuilder('r')
      .innerJoinAndMapOne('r.organisation', Organisation, 'org', 'org.id = r.organisationId');
    return reader.kind === 'organisation'
      ? builder.where('r.organisationId = :org', { org: reader.organisationId })
      : builder.where(`r.status = 'published' AND org.status = 'vetted'`);
  }
}
