/**
 * Matrix rows of the catalogue (offers, courses, search). The matrix organisations are vetted
 * companies: they publish offers, and courses only through records inserted directly (a
 * company creating a course is refused with 403 for its kind). Spread into AUTHORIZATION_MATRIX.
 */
import { Course, Offer } from '@ponte/persistence';
import { only, type MatrixRow } from './matrix-row';
import type { MatrixWorld } from './authorization-world';

/** Own organisation: both partner roles; another organisation's partner: 404. */
const OWNER = { partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: 404 } as const;
/** Published listings of vetted organisations: every staff member and the owner. */
const READ_PUBLISHED = only({ coordinator: '2xx', counsellor: '2xx', otherCounsellor: '2xx', ...OWNER });

const SKILL = 'http://data.europa.eu/esco/skill/matrix-0000-0000-0000-000000000001';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The reference rows a valid body cites. */
async function references(w: MatrixWorld): Promise<void> {
  await w.t.dataSource.query(`INSERT INTO esco_concepts (uri, kind) VALUES ($1, 'skill') ON CONFLICT DO NOTHING`, [SKILL]);
  await w.t.dataSource.query(
    `INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('015146', 'Milano', 45.4668, 9.1905) ON CONFLICT DO NOTHING`,
  );
}

const offerBody = () => ({
  title: 'Offerta della matrice',
  description: 'Offerta per le prove di autorizzazione',
  essentialSkills: [SKILL],
  workMode: 'on_site' as const,
  comune: '015146',
  weeklyHours: 30,
  shifts: ['morning' as const],
  contract: 'tempo_determinato' as const,
  seats: 2,
  deadline: inDays(30),
});

async function offer(w: MatrixWorld, status: 'draft' | 'published'): Promise<string> {
  await references(w);
  const saved = await w.t.dataSource.getRepository(Offer).save({
    ...offerBody(),
    organisationId: w.homeOrganisation.id,
    status,
    publishedAt: status === 'published' ? new Date() : null,
  } as const);
  return saved.id;
}

async function course(w: MatrixWorld, status: 'draft' | 'published'): Promise<string> {
  await references(w);
  const saved = await w.t.dataSource.getRepository(Course).save({
    organisationId: w.homeOrganisation.id,
    title: 'Corso della matrice',
    description: 'Corso per le prove di autorizzazione',
    skillsTaught: [SKILL],
    workMode: 'on_site',
    comune: '015146',
    shifts: ['morning'],
    totalHours: 40,
    startDate: inDays(40),
    endDate: inDays(80),
    deadline: inDays(30),
    seats: 10,
    cost: 'free' as const,
    status,
    publishedAt: status === 'published' ? new Date() : null,
  });
  return saved.id;
}

function listingRows(kind: 'offers' | 'courses', make: (w: MatrixWorld, status: 'draft' | 'published') => Promise<string>): MatrixRow[] {
  const fresh = (status: 'draft' | 'published') => async (w: MatrixWorld) => ({ params: { id: await make(w, status) } });
  return [
    { route: `GET /api/${kind}`, expect: only({ coordinator: '2xx', counsellor: '2xx', otherCounsellor: '2xx', partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: '2xx' }) },
    { route: `GET /api/${kind}/:id`, expect: READ_PUBLISHED, request: fresh('published') },
    { route: `PATCH /api/${kind}/:id`, expect: only(OWNER), request: async (w) => ({ ...(await fresh('draft')(w)), body: { title: 'Titolo aggiornato' } }) },
    { route: `POST /api/${kind}/:id/publish`, expect: only(OWNER), request: fresh('draft') },
    { route: `POST /api/${kind}/:id/close`, expect: only(OWNER), request: fresh('published') },
    { route: `POST /api/${kind}/:id/duplicate`, expect: only(OWNER), request: fresh('published') },
  ];
}

export const CATALOGUE_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/offers',
    expect: only({ partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: '2xx' }),
    request: async (w) => {
      await references(w);
      return { body: offerBody() };
    },
  },
  ...listingRows('offers', offer),
  // Companies do not run courses: the kind check answers 403 to every caller here.
  {
    route: 'POST /api/courses',
    expect: only({}),
    request: async (w) => {
      await references(w);
      return {
        body: {
          title: 'Corso della matrice', description: 'Corso per le prove di autorizzazione', skillsTaught: [SKILL], workMode: 'remote',
          shifts: ['morning'], totalHours: 40, startDate: inDays(40), endDate: inDays(80), deadline: inDays(30), seats: 10, cost: 'free',
        },
      };
    },
  },
  ...listingRows('courses', course),
  { route: 'GET /api/search', expect: only({ coordinator: '2xx', counsellor: '2xx', otherCounsellor: '2xx' }), request: () => ({ query: { q: 'matrice' } }) },
];
