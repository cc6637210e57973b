/**
 * AUTHORIZATION MATRIX — every endpoint of the API × every kind of caller × the expected outcome.
 * authorization-matrix.spec.ts runs every cell against the real API and database, and FAILS when
 * the Nest app registers a route that has no row here (or a row names a route that is gone).
 *
 * Adding an endpoint = adding a row:
 *
 *   {
 *     route: 'POST /api/organisations/:id/vetting-decisions',   // method + path exactly as registered
 *     expect: only({ coordinator: '2xx' }),                      // outcome per actor, see below
 *     request: async (w, actor) => ({                            // optional: path params, query, body, headers
 *       params: { id: (await w.organisation('pending')).id },    // built once per actor (fresh record each time)
 *       body: { decision: 'vet', reason: 'Documenti verificati' },
 *     }),
 *   },
 *
 * Actors (authorization-world.ts): anonymous; coordinator; counsellor (of w.homeNetwork);
 * otherCounsellor (of w.otherNetwork); partnerAdmin and partnerMember (of w.homeOrganisation);
 * otherPartner (partner_admin of w.otherOrganisation). Records "in scope" belong to the home
 * network / organisation, so `otherCounsellor` and `otherPartner` show the 404 of need-to-know.
 * Outcomes: '2xx' (any success), 401 (no session), 403 (the role lacks the permission),
 * 404 (out of scope, exactly like missing). Give a body that is VALID for the allowed callers,
 * so the row tests authorization, not validation.
 * Shorthands: `everyone(o)`, `signedIn(o)` (anonymous 401), `only({ actor: outcome, … }, otherwise = 403)`.
 */
import { CATALOGUE_ROWS } from './catalogue-rows';
import { COORDINATION_ROWS } from './coordination-rows';
import { MATCHING_ROWS } from './matching-rows';
import { PROFILE_ROWS } from './profile-rows';
import { PROPOSAL_ROWS } from './proposal-rows';
import { everyone, only, signedIn, type MatrixRow } from './matrix-row';
import { REFERENCE_ROWS } from './reference-rows';

const PARTNERS = { partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: '2xx' } as const;
const STAFF = { coordinator: '2xx', counsellor: '2xx', otherCounsellor: '2xx' } as const;
const CSRF = { 'X-Ponte-CSRF': '1' };

export const AUTHORIZATION_MATRIX: MatrixRow[] = [
  // --- health -------------------------------------------------------------------------------
  { route: 'GET /api/health', expect: everyone('2xx') },

  // --- auth ---------------------------------------------------------------------------------
  {
    route: 'POST /api/auth/login',
    expect: everyone('2xx'),
    request: async (w) => ({ body: await w.partnerCredentials() }),
  },
  { route: 'POST /api/auth/login/totp', expect: everyone('2xx'), request: async (w) => ({ body: await w.secondFactorStep() }) },
  {
    route: 'POST /api/auth/refresh',
    expect: everyone('2xx'),
    request: async (w) => ({ headers: { ...CSRF, Cookie: (await w.signedInPartner()).refreshCookie } }),
  },
  // Signs out a second session of the caller, so the world's sessions live on.
  { route: 'POST /api/auth/logout', expect: everyone('2xx'), request: async (w, actor) => ({ headers: { ...CSRF, ...(await w.freshSessionAuth(actor)) } }) },
  { route: 'GET /api/auth/me', expect: signedIn() },
  { route: 'POST /api/auth/mfa/enrolment', expect: everyone('2xx'), request: async (w) => ({ body: { enrolmentToken: (await w.enrolment(false)).enrolmentToken } }) },
  { route: 'POST /api/auth/mfa/enrolment/confirm', expect: everyone('2xx'), request: async (w) => ({ body: await w.enrolment(true) }) },
  { route: 'POST /api/auth/me/totp', expect: signedIn() },
  { route: 'POST /api/auth/me/totp/confirm', expect: signedIn(), request: async (w, actor) => ({ body: { code: await w.ownEnrolmentCode(actor) } }) },
  { route: 'POST /api/auth/password-reset', expect: everyone('2xx'), request: (_w, actor) => ({ body: { email: `chiunque.${actor}@ponte.test` } }) },
  {
    route: 'POST /api/auth/password-reset/confirm',
    expect: everyone('2xx'),
    request: async (w) => ({ body: { token: await w.resetToken(), password: 'Una-password-nuova-2026' } }),
  },
  {
    route: 'POST /api/auth/invitations/accept',
    expect: everyone('2xx'),
    request: async (w) => ({ body: { token: await w.invitationToken(), password: 'Una-password-nuova-2026' } }),
  },

  // --- networks -----------------------------------------------------------------------------
  // Staff only: which network covers which comuni narrows where a woman may live.
  { route: 'GET /api/networks', expect: only(STAFF) },
  { route: 'GET /api/networks/:id', expect: only(STAFF), request: (w) => ({ params: { id: w.homeNetwork.id } }) },
  {
    route: 'GET /api/networks/:id/members',
    expect: only({ coordinator: '2xx', counsellor: '2xx' }, 404),
    request: (w) => ({ params: { id: w.homeNetwork.id } }),
  },
  {
    route: 'POST /api/networks',
    expect: only({ coordinator: '2xx' }),
    request: (w, actor) => {
      const comune = w.freshComune();
      return { body: { code: `rete-${actor.toLowerCase()}-${comune}`, name: 'Rete di prova', leadComune: comune, comuni: [comune] } };
    },
  },
  {
    route: 'PATCH /api/networks/:id',
    expect: only({ coordinator: '2xx' }),
    request: async (w) => ({ params: { id: (await w.network()).id }, body: { name: 'Rete rinominata' } }),
  },
  { route: 'DELETE /api/networks/:id', expect: only({ coordinator: '2xx' }), request: async (w) => ({ params: { id: (await w.network()).id } }) },

  // --- staff (coordinators) -----------------------------------------------------------------
  { route: 'GET /api/staff', expect: only({ coordinator: '2xx' }) },
  {
    route: 'POST /api/staff/invitations',
    expect: only({ coordinator: '2xx' }),
    request: (w, actor) => ({ body: { email: `staff.${actor}.${Date.now()}@ponte.test`, displayName: 'Nuova consulente', role: 'counsellor', networkIds: [w.homeNetwork.id] } }),
  },
  { route: 'GET /api/staff/:id', expect: only({ coordinator: '2xx' }), request: (w) => ({ params: { id: w.users.counsellor.user.id } }) },
  {
    route: 'PATCH /api/staff/:id',
    expect: only({ coordinator: '2xx' }),
    request: async (w) => ({ params: { id: (await w.counsellor()).user.id }, body: { displayName: 'Sportello rinominato' } }),
  },
  { route: 'POST /api/staff/:id/deactivate', expect: only({ coordinator: '2xx' }), request: async (w) => ({ params: { id: (await w.counsellor()).user.id } }) },
  { route: 'POST /api/staff/:id/reactivate', expect: only({ coordinator: '2xx' }), request: async (w) => ({ params: { id: (await w.counsellor()).user.id } }) },
  { route: 'POST /api/staff/:id/reset-second-factor', expect: only({ coordinator: '2xx' }), request: async (w) => ({ params: { id: (await w.counsellor()).user.id } }) },

  // --- organisations ------------------------------------------------------------------------
  { route: 'POST /api/organisations/registrations', expect: everyone('2xx'), request: (w) => ({ body: w.registration() }) },
  { route: 'GET /api/organisations', expect: only({ coordinator: '2xx' }) },
  { route: 'GET /api/organisations/:id', expect: only({ coordinator: '2xx' }), request: (w) => ({ params: { id: w.homeOrganisation.id } }) },
  { route: 'GET /api/organisations/directory', expect: only({ counsellor: '2xx', otherCounsellor: '2xx' }), request: () => ({ query: { q: 'co' } }) },
  { route: 'GET /api/organisations/mine', expect: only(PARTNERS) },
  { route: 'PATCH /api/organisations/mine', expect: only({ partnerAdmin: '2xx', otherPartner: '2xx' }), request: () => ({ body: { atecoCode: '62.02' } }) },
  { route: 'GET /api/organisations/mine/users', expect: only({ partnerAdmin: '2xx', otherPartner: '2xx' }) },
  {
    route: 'POST /api/organisations/mine/invitations',
    expect: only({ partnerAdmin: '2xx', otherPartner: '2xx' }),
    request: (_w, actor) => ({ body: { email: `collega.${actor}.${Date.now()}@impresa.test`, displayName: 'Collega', role: 'partner_member' } }),
  },
  {
    route: 'POST /api/organisations/mine/users/:userId/deactivate',
    expect: only({ partnerAdmin: '2xx', otherPartner: 404 }),
    request: async (w) => ({ params: { userId: (await w.homeColleague()).user.id } }),
  },
  {
    route: 'POST /api/organisations/mine/users/:userId/reactivate',
    expect: only({ partnerAdmin: '2xx', otherPartner: 404 }),
    request: async (w) => ({ params: { userId: (await w.homeColleague()).user.id } }),
  },

  // --- vetting (coordinators) ---------------------------------------------------------------
  { route: 'GET /api/vetting/queue', expect: only({ coordinator: '2xx' }) },
  {
    route: 'POST /api/organisations/:id/vetting-decisions',
    expect: only({ coordinator: '2xx' }),
    request: async (w) => ({ params: { id: (await w.organisation('pending')).id }, body: { decision: 'vet', reason: 'Documenti verificati.' } }),
  },
  { route: 'GET /api/organisations/:id/vetting-decisions', expect: only({ coordinator: '2xx' }), request: (w) => ({ params: { id: w.homeOrganisation.id } }) },
  {
    route: 'POST /api/organisations/:id/information-requests',
    expect: only({ coordinator: '2xx' }),
    request: async (w) => ({ params: { id: (await w.organisation('pending')).id }, body: { question: 'Potete inviare la visura camerale?' } }),
  },
  {
    // A question to the home organisation: its administrator answers; another organisation's is 404.
    route: 'POST /api/organisations/mine/information-requests/:requestId/answer',
    expect: only({ partnerAdmin: '2xx', otherPartner: 404 }),
    request: async (w) => {
      const [{ id }] = await w.t.dataSource.query(
        `INSERT INTO organisation_information_requests (organisation_id, question) VALUES ($1, 'Sede operativa?') RETURNING id`,
        [w.homeOrganisation.id],
      );
      return { params: { requestId: id }, body: { answer: 'Via Roma 1, Milano.' } };
    },
  },

  // --- audit (coordinators) -----------------------------------------------------------------
  { route: 'GET /api/audit', expect: only({ coordinator: '2xx' }) },
  { route: 'GET /api/audit/export.csv', expect: only({ coordinator: '2xx' }) },

  // --- indicators and failed jobs (issue 9: coordination-rows.ts) ---------------------------
  ...COORDINATION_ROWS,

  // --- profiles, safety constraints, consents, erasure (issue 5: profile-rows.ts) ----------
  ...PROFILE_ROWS,

  // --- matches, why-not, pathways, skill gaps (issue 6: matching-rows.ts) -------------------
  ...MATCHING_ROWS,

  // --- shortlists, proposals, notifications (issue 7: proposal-rows.ts) ---------------------
  ...CATALOGUE_ROWS,
  ...PROPOSAL_ROWS,

  // --- reference data: ESCO autocomplete and lookups, comuni (issue 4: reference-rows.ts) --
  ...REFERENCE_ROWS,
];

/**
 * Routes that are not API endpoints, exempt from the matrix: the Swagger UI and the OpenAPI
 * document (public by design, served by @nestjs/swagger under /api/docs). Nothing else belongs here.
 */
export const EXEMPT_ROUTES: readonly RegExp[] = [/^GET \/api\/docs(-json|-yaml)?(\/.*)?$/];
