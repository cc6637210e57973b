import { Injectable } from '@nestjs/common';
import type { PublicationStatus } from '@ponte/domain';
import type { CatalogueKind } from '@ponte/jobs';
import type { Course, Offer } from '@ponte/persistence';
import type { Principal } from '../common/context/principal';
import { PageQuery, pageWindow } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { ReadDatabase } from '../database/read-database';
import { catalogueReaderOf } from './catalogue-scope';
import type { CatalogueView } from './catalogue.view';
import { cataloguePageSql, catalogueRecordSql, OWN_FROM, OWN_WHERE, PUBLISHED_FROM, PUBLISHED_WHERE, statusIsSql } from './catalogue-reads.sql';

type ViewOf<K extends CatalogueKind> = CatalogueView<K extends 'offer' ? Offer : Course>;

/** A record's columns, its organisation's flat; a list's rows also carry the total. */
interface Row {
  organisationId: string;
  organisationName: string;
  organisationKind: string;
}
interface ListRow extends Row {
  total: number;
  /** Null on the one row of a page past the end. */
  id: string | null;
}

function viewOf<K extends CatalogueKind>(row: Row | ListRow): ViewOf<K> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the list's total is not a field of the view
  const { total: _total, organisationId, organisationName, organisationKind, ...content } = row as ListRow;
  return { ...content, organisation: { id: organisationId, name: organisationName, kind: organisationKind } } as unknown as ViewOf<K>;
}

/** Who sees what: a partner its organisation's records (drafts too), staff the published ones of vetted organisations. */
function scopeOf(kind: CatalogueKind, principal: Principal): { from: string; where: string[]; params: unknown[] } {
  const reader = catalogueReaderOf(principal);
  return reader.kind === 'organisation'
    ? { from: OWN_FROM[kind], where: [...OWN_WHERE], params: [reader.organisationId] }
    : { from: PUBLISHED_FROM[kind], where: [...PUBLISHED_WHERE], params: [] };
}

/**
 * Reads scoped per caller: a partner sees every record of its organisation, staff with
 * catalogue:read only published ones of vetted organisations; anything else is 404.
 * Lag-tolerant: on the replica when there is one (ReadDatabase; the caller's own writes are read
 * on the primary). Raw statements with the view's columns only (TypeORM's builder, hydration and separate
 * COUNT(DISTINCT) query cost more API time than the database spent).
 */
@Injectable()
export class CatalogueReads {
  constructor(private readonly reads: ReadDatabase) {}

  async get<K extends CatalogueKind>(kind: K, id: string, principal: Principal): Promise<ViewOf<K>> {
    const { where, params } = scopeOf(kind, principal);
    const [row]: Row[] = await (await this.reads.source()).query(catalogueRecordSql(kind, where, params.push(id)), params);
    if (!row) throw notFound();
    return viewOf<K>(row);
  }

  /**
   * The page and its total in one statement. The page's ids come first, in order (for a partner,
   * from the (organisation_id, updated_at DESC, id) index without visiting the rows OFFSET
   * skips); only the page's rows are read. OFFSET is a parameter, LIMIT a literal (see
   * profileListStatement), so each connection keeps one generic plan.
   */
  async list<K extends CatalogueKind>(
    kind: K,
    principal: Principal,
    query: PageQuery & { status?: PublicationStatus },
  ): Promise<{ items: ViewOf<K>[]; total: number }> {
    const { from, where, params } = scopeOf(kind, principal);
    if (query.status) where.push(statusIsSql(params.push(query.status)));
    const { skip, take } = pageWindow(query);
    const offset = params.push(skip);
    const rows: ListRow[] = await (await this.reads.source()).query(
      cataloguePageSql(kind, from, where, offset, take),
      params,
    );
    return { items: rows[0].id === null ? [] : rows.map((row) => viewOf<K>(row)), total: rows[0].total };
  }
}
