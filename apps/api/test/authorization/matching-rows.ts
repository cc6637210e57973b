/**
 * Matrix rows of issue 6 (matches, why-not, pathways, skill gaps). Counsellors of the
 * profile's network read them; a counsellor of another network gets 404; coordinators lack
 * matches:read (403); partners, who see candidates only through proposals, get 404 (@ProfileScoped).
 * Spread into AUTHORIZATION_MATRIX. (Types only from authorization-matrix.ts: it imports this file.)
 */
import { generatePseudonymCode } from '@ponte/domain';
import { only, type MatrixRow } from './matrix-row';
import type { MatrixWorld } from './authorization-world';

const IN_SCOPE = only({ counsellor: '2xx', otherCounsellor: 404, partnerAdmin: 404, partnerMember: 404, otherPartner: 404 });
const OCCUPATION = 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60';

/** A profile of the home network with a matching consent. */
async function profile(w: MatrixWorld): Promise<string> {
  const [{ id }] = await w.t.dataSource.query(
    `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km)
     VALUES ($1, $2, $3, '35-44', '015146', 25, '{morning}', 15) RETURNING id`,
    [generatePseudonymCode(), w.homeNetwork.id, w.users.counsellor.user.id],
  );
  await w.t.dataSource.query(`INSERT INTO consents (profile_id, kind, basis, recorded_by) VALUES ($1, 'matching', 'explicit_verbal', $2)`, [
    id,
    w.users.counsellor.user.id,
  ]);
  return id;
}

/** A published offer of the (vetted) home organisation. */
async function offer(w: MatrixWorld): Promise<string> {
  const [{ id }] = await w.t.dataSource.query(
    `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, published_at)
     VALUES ($1, 'Offerta della matrice', 'Per le prove di autorizzazione', 'on_site', '015146', 25, '{morning}', 'tempo_determinato', 1,
             (now() + interval '30 days')::date, 'published', now()) RETURNING id`,
    [w.homeOrganisation.id],
  );
  return id;
}

export const MATCHING_ROWS: MatrixRow[] = [
  { route: 'GET /api/profiles/:id/matches', expect: IN_SCOPE, request: async (w) => ({ params: { id: await profile(w) } }) },
  {
    route: 'GET /api/profiles/:id/matches/why-not/:offerId',
    expect: IN_SCOPE,
    request: async (w) => ({ params: { id: await profile(w), offerId: await offer(w) } }),
  },
  {
    route: 'GET /api/profiles/:id/pathways',
    expect: IN_SCOPE,
    request: async (w) => {
      await w.t.dataSource.query(`INSERT INTO esco_concepts (uri, kind) VALUES ($1, 'occupation') ON CONFLICT DO NOTHING`, [OCCUPATION]);
      return { params: { id: await profile(w) }, query: { occupation: OCCUPATION } };
    },
  },
  { route: 'GET /api/profiles/:id/skill-gaps', expect: IN_SCOPE, request: async (w) => ({ params: { id: await profile(w) } }) },
];
