import type { OrganisationStatus } from '@ponte/domain';
import { Network, Organisation, Session } from '@ponte/persistence';
import request from 'supertest';
import { AccessTokenService } from '../../src/auth/access-token.service';
import { METROPOLITAN_NETWORKS } from '../../src/networks/metropolitan-networks';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../fixtures';
import { createAccount, lastMail, registrationBody, secretOf, tokenOf, totpCode } from '../identity-fixtures';
import type { TestApp } from '../test-app';

/** Who calls. "other…" actors are scoped to the world's OTHER network / organisation. */
export const ACTORS = ['anonymous', 'coordinator', 'counsellor', 'otherCounsellor', 'partnerAdmin', 'partnerMember', 'otherPartner'] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * The fixtures every matrix row runs against: two networks, two vetted organisations and one
 * signed-in user per actor. `counsellor` belongs to `homeNetwork`, `otherCounsellor` to
 * `otherNetwork`; `partnerAdmin` and `partnerMember` to `homeOrganisation`, `otherPartner`
 * (a partner_admin) to `otherOrganisation`. Factories create fresh records for rows whose
 * request changes or consumes something.
 */
export class MatrixWorld {
  private comuneCursor = 0;
  private readonly freeComuni: string[];

  private constructor(
    readonly t: TestApp,
    readonly homeNetwork: Network,
    readonly otherNetwork: Network,
    readonly homeOrganisation: Organisation,
    readonly otherOrganisation: Organisation,
    readonly users: Record<Exclude<Actor, 'anonymous'>, SignedIn>,
  ) {
    const used = new Set([...homeNetwork.comuni, ...otherNetwork.comuni].map((c) => c.comune));
    this.freeComuni = METROPOLITAN_NETWORKS.flatMap((n) => n.comuni).filter((c) => !used.has(c));
  }

  static async create(t: TestApp): Promise<MatrixWorld> {
    const homeNetwork = await createNetwork(t, { code: 'matrix-home', comuni: ['015146'] });
    const otherNetwork = await createNetwork(t, { code: 'matrix-other', comuni: ['015209'] });
    const homeOrganisation = await createOrganisation(t, { legalName: 'Matrix Home S.r.l.' });
    const otherOrganisation = await createOrganisation(t, { legalName: 'Matrix Other S.r.l.' });
    return new MatrixWorld(t, homeNetwork, otherNetwork, homeOrganisation, otherOrganisation, {
      coordinator: await signedInUser(t, 'coordinator'),
      counsellor: await signedInUser(t, 'counsellor', { networks: [homeNetwork] }),
      otherCounsellor: await signedInUser(t, 'counsellor', { networks: [otherNetwork] }),
      partnerAdmin: await signedInUser(t, 'partner_admin', { organisation: homeOrganisation }),
      partnerMember: await signedInUser(t, 'partner_member', { organisation: homeOrganisation }),
      otherPartner: await signedInUser(t, 'partner_admin', { organisation: otherOrganisation }),
    });
  }

  /** The `Authorization` header of an actor (none for anonymous). */
  auth(actor: Actor): string | null {
    return actor === 'anonymous' ? null : this.users[actor].auth;
  }

  /** A second session of the actor's user (for rows that end the session they use, like sign-out). */
  async freshSessionAuth(actor: Actor): Promise<Record<string, string>> {
    if (actor === 'anonymous') return {};
    const { user } = this.users[actor];
    const session = await this.t.dataSource.getRepository(Session).save({ userId: user.id, mfaVerified: true, expiresAt: new Date(Date.now() + 3600_000) });
    return { Authorization: `Bearer ${this.t.app.get(AccessTokenService).sign(user.id, session.id)}` };
  }

  /** A comune no network covers yet (for creating networks). */
  freshComune(): string {
    return this.freeComuni[this.comuneCursor++ % this.freeComuni.length];
  }

  organisation(status: OrganisationStatus = 'vetted'): Promise<Organisation> {
    return createOrganisation(this.t, { status });
  }

  network(): Promise<Network> {
    return createNetwork(this.t, { comuni: [this.freshComune()] });
  }

  async counsellor(): Promise<SignedIn> {
    return signedInUser(this.t, 'counsellor', { networks: [this.homeNetwork] });
  }

  async homeColleague(): Promise<SignedIn> {
    return signedInUser(this.t, 'partner_member', { organisation: this.homeOrganisation });
  }

  /** E-mail and password of a fresh partner account (no second factor). */
  async partnerCredentials(): Promise<{ email: string; password: string }> {
    const account = await createAccount(this.t, 'partner_member', { organisation: this.homeOrganisation });
    return { email: account.email, password: account.password };
  }

  /** A partner account signed in through the real flow: its access token and refresh cookie. */
  async signedInPartner(): Promise<{ accessToken: string; refreshCookie: string }> {
    const account = await createAccount(this.t, 'partner_member', { organisation: this.homeOrganisation });
    const res = await request(this.t.server).post('/api/auth/login').set('X-Forwarded-For', '10.250.0.1').send({ email: account.email, password: account.password });
    return { accessToken: res.body.accessToken, refreshCookie: /ponte_refresh=[^;]*/.exec(String(res.headers['set-cookie']))?.[0] ?? '' };
  }

  /** The body of a second-factor step that will succeed. */
  async secondFactorStep(): Promise<{ mfaToken: string; code: string }> {
    const account = await createAccount(this.t, 'coordinator', { totp: true });
    const res = await request(this.t.server).post('/api/auth/login').set('X-Forwarded-For', '10.250.0.2').send({ email: account.email, password: account.password });
    return { mfaToken: res.body.mfaToken, code: totpCode(secretOf(account)) };
  }

  /** An enrolment token of a counsellor without TOTP; with `started`, the enrolment is begun and the code given. */
  async enrolment(started: boolean): Promise<{ enrolmentToken: string; code?: string }> {
    const account = await createAccount(this.t, 'counsellor', { networks: [this.homeNetwork] });
    const res = await request(this.t.server).post('/api/auth/login').set('X-Forwarded-For', '10.250.0.3').send({ email: account.email, password: account.password });
    const enrolmentToken: string = res.body.enrolmentToken;
    if (!started) return { enrolmentToken };
    const start = await request(this.t.server).post('/api/auth/mfa/enrolment').set('X-Forwarded-For', '10.250.0.3').send({ enrolmentToken });
    return { enrolmentToken, code: totpCode(start.body.secret) };
  }

  /** A live password-reset token, as e-mailed. */
  async resetToken(): Promise<string> {
    const account = await createAccount(this.t, 'partner_member', { organisation: this.homeOrganisation });
    await request(this.t.server).post('/api/auth/password-reset').set('X-Forwarded-For', `10.250.1.${this.comuneCursor++ % 250}`).send({ email: account.email });
    return tokenOf((await lastMail(this.t, 'password-reset', account.email))?.params['link']);
  }

  /** A live invitation token, as e-mailed. */
  async invitationToken(): Promise<string> {
    const email = `invitato.${Date.now()}.${this.comuneCursor++}@ponte.test`;
    await request(this.t.server)
      .post('/api/organisations/mine/invitations')
      .set('Authorization', this.users.partnerAdmin.auth)
      .send({ email, displayName: 'Collega invitato', role: 'partner_member' });
    return tokenOf((await lastMail(this.t, 'invitation', email))?.params['link']);
  }

  /** A TOTP code for the actor's own pending enrolment (starts it as that actor). */
  async ownEnrolmentCode(actor: Actor): Promise<string> {
    const auth = this.auth(actor);
    if (!auth) return '123456';
    const start = await request(this.t.server).post('/api/auth/me/totp').set('Authorization', auth);
    return totpCode(start.body.secret);
  }

  registration(): ReturnType<typeof registrationBody> {
    return registrationBody();
  }
}
