import type { CatalogueKind } from '@ponte/jobs';

// The catalogue's reads. Raw statements with the view's columns only (TypeORM's builder, hydration
// and separate COUNT(DISTINCT) query cost more API time than the database spent).

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

/** A partner's scope: its organisation's records (`$1`), drafts too. */
export const OWN_FROM: Record<CatalogueKind, string> = { offer: `${TABLE.offer} r`, course: `${TABLE.course} r` };
export const OWN_WHERE = ['r.organisation_id = $1'] as const;

/** Staff's scope: published records of vetted organisations. */
export const PUBLISHED_FROM: Record<CatalogueKind, string> = {
  offer: `${TABLE.offer} r JOIN organisations org ON org.id = r.organisation_id`,
  course: `${TABLE.course} r JOIN organisations org ON org.id = r.organisation_id`,
};
export const PUBLISHED_WHERE = [`r.status = 'published'`, `org.status = 'vetted'`] as const;

/** Records whose status is `$n`. */
export const statusIsSql = (n: number): string => `r.status = $${n}`;

/** Record `$n` of `kind` within the scope's conditions `where`. */
export const catalogueRecordSql = (kind: CatalogueKind, where: string[], n: number): string =>
  `${SELECT(kind)} WHERE ${where.join(' AND ')} AND r.id = $${n}`;

/** The total of the scope (`from`, `where`) and one page of it (OFFSET `$offset`, LIMIT `take`), most recently updated first. */
export const cataloguePageSql = (kind: CatalogueKind, from: string, where: string[], offset: number, take: number): string =>
  `SELECT c.total, r.*
       FROM (SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}) c
       LEFT JOIN (${SELECT(kind)}
                  JOIN (SELECT r.id FROM ${from} WHERE ${where.join(' AND ')} ORDER BY r.updated_at DESC, r.id OFFSET $${offset} LIMIT ${take}) page
                    ON page.id = r.id) r ON true
       ORDER BY r."updatedAt" DESC, r.id`;
