/**
 * Matrix rows of issue 5 (profiles, safety constraints, consents, erasure). A counsellor of the
 * profile's network may do everything; a counsellor of another network gets 404; coordinators
 * lack the permissions (403); partners get 404, as if the routes did not exist (@ProfileScoped).
 * Spread into AUTHORIZATION_MATRIX. (Types only from authorization-matrix.ts: it imports this file.)
 */
import { generatePseudonymCode } from '@ponte/domain';
import { only, type MatrixRow } from './matrix-row';
import type { MatrixWorld } from './authorization-world';

/** Partners never learn that a route about a woman exists. */
const HIDDEN_FROM_PARTNERS = { partnerAdmin: 404, partnerMember: 404, otherPartner: 404 } as const;
/** The profile belongs to the home network. */
const IN_SCOPE = only({ counsellor: '2xx', otherCounsellor: 404, ...HIDDEN_FROM_PARTNERS });
/** Lists and creation concern the caller's own networks: every counsellor may. */
const ANY_COUNSELLOR = only({ counsellor: '2xx', otherCounsellor: '2xx', ...HIDDEN_FROM_PARTNERS });

/** A fresh profile of the home network (inserted: the rows test authorization, not creation). */
async function profile(w: MatrixWorld): Promise<string> {
  const [{ id }] = await w.t.dataSource.query(
    `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km)
     VALUES ($1, $2, $3, '35-44', '015146', 25, '{morning}', 15) RETURNING id`,
    [generatePseudonymCode(), w.homeNetwork.id, w.users.counsellor.user.id],
  );
  return id;
}

async function consent(w: MatrixWorld): Promise<{ profileId: string; consentId: string }> {
  const profileId = await profile(w);
  const [{ id }] = await w.t.dataSource.query(
    `INSERT INTO consents (profile_id, kind, basis, recorded_by) VALUES ($1, 'matching', 'explicit_verbal', $2) RETURNING id`,
    [profileId, w.users.counsellor.user.id],
  );
  return { profileId, consentId: id };
}

async function milano(w: MatrixWorld): Promise<void> {
  await w.t.dataSource.query(`INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('015146', 'Milano', 45.4668, 9.1905) ON CONFLICT DO NOTHING`);
}

export const PROFILE_ROWS: MatrixRow[] = [
  {
    route: 'POST /api/profiles',
    expect: ANY_COUNSELLOR,
    request: async (w) => {
      await milano(w);
      return { body: { ageBand: '25-34', homeComune: '015146', weeklyHours: 20, shifts: ['morning'], maxCommuteKm: 10 } };
    },
  },
  { route: 'GET /api/profiles', expect: ANY_COUNSELLOR },
  { route: 'GET /api/profiles/:id', expect: IN_SCOPE, request: async (w) => ({ params: { id: await profile(w) } }) },
  { route: 'PATCH /api/profiles/:id', expect: IN_SCOPE, request: async (w) => ({ params: { id: await profile(w) }, body: { weeklyHours: 30 } }) },
  {
    route: 'PUT /api/profiles/:id/safety',
    expect: IN_SCOPE,
    request: async (w) => ({ params: { id: await profile(w) }, body: { exclusions: [], blockedOrganisations: [w.otherOrganisation.id] } }),
  },
  {
    route: 'DELETE /api/profiles/:id',
    expect: IN_SCOPE,
    request: async (w) => ({ params: { id: await profile(w) }, query: { reason: 'woman_request' } }),
  },
  { route: 'GET /api/profiles/:profileId/consents', expect: IN_SCOPE, request: async (w) => ({ params: { profileId: await profile(w) } }) },
  {
    route: 'POST /api/profiles/:profileId/consents',
    expect: IN_SCOPE,
    request: async (w) => ({ params: { profileId: await profile(w) }, body: { kind: 'share_card', organisationId: w.homeOrganisation.id, basis: 'signed_form' } }),
  },
  {
    route: 'POST /api/profiles/:profileId/consents/:consentId/revoke',
    expect: IN_SCOPE,
    request: async (w) => ({ params: await consent(w) }),
  },
];
