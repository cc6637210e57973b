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

type ViewOf<K extends CatalogueKind> = CatalogueView<K extends 'offer' ? Offer : Course>;

const TABLE: Record<CatalogueKind, string> = { offer: 'offers', course: 'courses' };

// The view's fields in the view's order (the entity's), dates as the entity's `YYYY-MM-DD`.
const PUBLICATION = `r.id, r.status, r.version, r.title, r.description, r.languages, r.min_eqf AS "minEqf", r.work_mode AS "workMode",
  r.comune, r.shifts, r.seats, r.seats_filled AS "seatsFilled", to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
  r.published_at AS "publishedAt", r.closed_at AS "closedAt", r.closed_reason AS "closedReason", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;
const OWN: Record<CatalogueKind, string> = {
  offer: `r.occupation_uri AS "occupationUri", r.essential_skills AS "essentialSkills", r.optional_skills AS "optionalSkills",
  r.weekly_hours AS "weeklyHours", r.contract, to_char(r.start_date, 'YYYY-MM-DD') AS "startDate", r.accommodations`,
  course: `r.skills_taught AS "skillsTaught", r.target_occupations AS "targetOccupations", r.schedule, r.total_hours AS "totalHours",
  r.weekly_hours AS "weeklyHours", to_char(r.start_date, 'YYYY-MM-DD') AS "startDate", to_char(r.end_date, 'YYYY-MM-DD') AS "endDate",
  r.cost, r.certification, r.childcare_support AS "childcareSupport"`,
};
const SELECT = (kind: CatalogueKind) => `SELECT ${PUBLICATION}, ${OWN[kind]},
  org.id AS "organisationId", org.legal_name AS "organisationName", org.kind AS "organisationKind"
  FROM ${TABLE[kind]} r JOIN organisations org ON org.id = r.organisation_id`;

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
    ? { from: `${TABLE[kind]} r`, where: ['r.organisation_id = $1'], params: [reader.organisationId] }
    : { from: `${TABLE[kind]} r JOIN organisations org ON org.id = r.organisation_id`, where: [`r.status = 'published'`, `org.status = 'vetted'`], params: [] };
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
    const [row]: Row[] = await (await this.reads.source()).query(`${SELECT(kind)} WHERE ${where.join(' AND ')} AND r.id = $${params.push(id)}`, params);
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
    if (query.status) where.push(`r.status = $${params.push(query.status)}`);
    const { skip, take } = pageWindow(query);
    const offset = params.push(skip);
    const rows: ListRow[] = await (await this.reads.source()).query(
      `SELECT c.total, r.*
       FROM (SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}) c
       LEFT JOIN (${SELECT(kind)}
                  JOIN (SELECT r.id FROM ${from} WHERE ${where.join(' AND ')} ORDER BY r.updated_at DESC, r.id OFFSET $${offset} LIMIT ${take}) page
                    ON page.id = r.id) r ON true
       ORDER BY r."updatedAt" DESC, r.id`,
      params,
    );
    return { items: rows[0].id === null ? [] : rows.map((row) => viewOf<K>(row)), total: rows[0].total };
  }
}
