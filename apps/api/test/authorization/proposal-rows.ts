/**
 * Matrix rows of issue 7 (shortlists, proposals, notifications), with the fixtures they need:
 * a profile of the home network with her consents for the home organisation, a published offer
 * of the home organisation, and proposals walked to the state a row needs. Spread into
 * AUTHORIZATION_MATRIX. (Types only from authorization-matrix.ts: it imports this file.)
 */
import { generatePseudonymCode } from '@ponte/domain';
import { Offer } from '@ponte/persistence';
import request from 'supertest';
import { only, type MatrixRow } from './matrix-row';
import type { Actor, MatrixWorld } from './authorization-world';

const COUNSELLOR = { counsellor: '2xx', otherCounsellor: 404 } as const;
/** Routes under a profile: partners get 404, as if they did not exist (@ProfileScoped). */
const ABOUT_HER = { ...COUNSELLOR, partnerAdmin: 404, partnerMember: 404, otherPartner: 404 } as const;
const PARTNER = { partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: 404 } as const;

type Step = 'view' | 'interested' | 'interview' | 'hired';

/** Records made through the real API where it matters (shortlist, proposal, moves), inserted otherwise. */
class ProposalFixtures {
  constructor(private readonly w: MatrixWorld) {}

  private get counsellorAuth(): string {
    return this.w.users.counsellor.auth;
  }

  /** A profile of the home network living in Milano, with matching, share_card and disclose_identity consents for the home organisation. */
  async profile(): Promise<string> {
    const { t, homeNetwork, homeOrganisation, users } = this.w;
    const counsellorId = users.counsellor.user.id;
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km)
       VALUES ($1, $2, $3, '25-34', '015146', 30, '{morning,afternoon}', 20) RETURNING id`,
      [generatePseudonymCode(), homeNetwork.id, counsellorId],
    );
    await t.dataSource.query(
      `INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by) VALUES
         ($1, 'matching', NULL, 'explicit_verbal', $3), ($1, 'share_card', $2, 'explicit_verbal', $3), ($1, 'disclose_identity', $2, 'signed_form', $3)`,
      [id, homeOrganisation.id, counsellorId],
    );
    return id;
  }

  async offer(): Promise<string> {
    const offer = await this.w.t.dataSource.getRepository(Offer).save({
      organisationId: this.w.homeOrganisation.id,
      title: 'Offerta della matrice',
      description: 'Offerta per le prove di autorizzazione',
      workMode: 'on_site',
      comune: '015146',
      weeklyHours: 30,
      shifts: ['morning'],
      contract: 'tempo_determinato',
      seats: 1000,
      deadline: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      status: 'published',
      publishedAt: new Date(),
    });
    return offer.id;
  }

  async entry(): Promise<{ profileId: string; entryId: string }> {
    const profileId = await this.profile();
    const res = await request(this.w.t.server)
      .post(`/api/profiles/${profileId}/shortlist`)
      .set('Authorization', this.counsellorAuth)
      .send({ kind: 'offer', targetId: await this.offer(), source: 'search' });
    if (res.status !== 201) throw new Error(`matrix shortlist answered ${res.status}`);
    return { profileId, entryId: res.body.id };
  }

  /** A proposal to the home organisation, walked through `steps` by its partner admin. */
  async proposal(steps: Step[] = []): Promise<string> {
    const { profileId, entryId } = await this.entry();
    const created = await request(this.w.t.server)
      .post(`/api/profiles/${profileId}/proposals`)
      .set('Authorization', this.counsellorAuth)
      .send({ shortlistEntryId: entryId });
    if (created.status !== 201) throw new Error(`matrix proposal answered ${created.status}: ${JSON.stringify(created.body)}`);
    const id: string = created.body.id;
    const partner = this.w.users.partnerAdmin.auth;
    const bodies: Record<Exclude<Step, 'view'>, object> = {
      interested: { to: 'interested' },
      interview: { to: 'interview_arranged', interview: { at: '2026-12-01T10:00:00Z', place: 'Sede' } },
      hired: { to: 'hired', contract: 'tempo_determinato', startDate: '2026-12-15' },
    };
    for (const step of steps) {
      const res =
        step === 'view'
          ? await request(this.w.t.server).get(`/api/partner/proposals/${id}`).set('Authorization', partner)
          : await request(this.w.t.server).post(`/api/partner/proposals/${id}/transitions`).set('Authorization', partner).send(bodies[step]);
      if (res.status !== 200) throw new Error(`matrix step ${step} answered ${res.status}`);
    }
    return id;
  }

  /** An unread notification of the actor's own user, about a proposal to the home organisation. */
  async notificationOf(actor: Actor): Promise<string> {
    const proposalId = await this.proposal();
    const userId = actor === 'anonymous' ? this.w.users.counsellor.user.id : this.w.users[actor].user.id;
    const [{ id }] = await this.w.t.dataSource.query(
      `INSERT INTO notifications (recipient_id, kind, target_type, target_id) VALUES ($1, 'proposal_updated', 'proposal', $2) RETURNING id`,
      [userId, proposalId],
    );
    return id;
  }
}

const fixtures = new WeakMap<MatrixWorld, ProposalFixtures>();
const f = (w: MatrixWorld): ProposalFixtures => {
  if (!fixtures.has(w)) fixtures.set(w, new ProposalFixtures(w));
  return fixtures.get(w) as ProposalFixtures;
};

export const PROPOSAL_ROWS: MatrixRow[] = [
  // --- shortlists (counsellors of the profile's network) -----------------------------------
  { route: 'GET /api/profiles/:profileId/shortlist', expect: only(ABOUT_HER), request: async (w) => ({ params: { profileId: await f(w).profile() } }) },
  {
    route: 'POST /api/profiles/:profileId/shortlist',
    expect: only(ABOUT_HER),
    request: async (w) => ({ params: { profileId: await f(w).profile() }, body: { kind: 'offer', targetId: await f(w).offer(), source: 'match' } }),
  },
  {
    route: 'DELETE /api/profiles/:profileId/shortlist/:entryId',
    expect: only(ABOUT_HER),
    request: async (w) => {
      const { profileId, entryId } = await f(w).entry();
      return { params: { profileId, entryId } };
    },
  },

  // --- proposals, network side -------------------------------------------------------------
  {
    route: 'POST /api/profiles/:profileId/proposals',
    expect: only(ABOUT_HER),
    request: async (w) => {
      const { profileId, entryId } = await f(w).entry();
      return { params: { profileId }, body: { shortlistEntryId: entryId, coverMessage: 'Persona puntuale e motivata.' } };
    },
  },
  // A list is scoped, never refused: the other network's counsellor gets her own (empty) page.
  { route: 'GET /api/proposals', expect: only({ counsellor: '2xx', otherCounsellor: '2xx' }) },
  { route: 'GET /api/proposals/:id', expect: only(COUNSELLOR), request: async (w) => ({ params: { id: await f(w).proposal() } }) },
  {
    route: 'POST /api/proposals/:id/transitions',
    expect: only(COUNSELLOR),
    request: async (w) => ({ params: { id: await f(w).proposal(['view']) }, body: { to: 'withdrawn' } }),
  },
  {
    route: 'POST /api/proposals/:id/disclosure',
    expect: only(COUNSELLOR),
    request: async (w) => ({ params: { id: await f(w).proposal(['view', 'interested']) } }),
  },
  {
    route: 'POST /api/proposals/:id/follow-ups',
    expect: only(COUNSELLOR),
    request: async (w) => ({ params: { id: await f(w).proposal(['view', 'interested', 'interview', 'hired']) }, body: { months: 3, outcome: 'still_in_work' } }),
  },

  // --- proposals, partner side (candidate cards) -------------------------------------------
  { route: 'GET /api/partner/proposals', expect: only({ partnerAdmin: '2xx', partnerMember: '2xx', otherPartner: '2xx' }) },
  { route: 'GET /api/partner/proposals/:id', expect: only(PARTNER), request: async (w) => ({ params: { id: await f(w).proposal() } }) },
  {
    route: 'POST /api/partner/proposals/:id/transitions',
    expect: only(PARTNER),
    request: async (w) => ({ params: { id: await f(w).proposal(['view']) }, body: { to: 'interested' } }),
  },

  // --- notifications (everyone signed in, own rows only) -----------------------------------
  { route: 'GET /api/notifications', expect: only({}, '2xx') },
  { route: 'POST /api/notifications/read-all', expect: only({}, '2xx') },
  {
    route: 'POST /api/notifications/:id/read',
    // The other partner's notification points at a proposal it may not see: 404 like the proposal.
    expect: only({ otherPartner: 404 }, '2xx'),
    request: async (w, actor) => ({ params: { id: await f(w).notificationOf(actor) } }),
  },
];
