import { getQueueToken } from '@nestjs/bullmq';
import type { ConsentKind, OrganisationKind } from '@ponte/domain';
import { QUEUES } from '@ponte/jobs';
import { Course, Offer, type Organisation } from '@ponte/persistence';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { COMUNI, createProfile, OCCUPATIONS, profileWorld, SKILLS, type ProfileWorld } from '../profiles/profile-fixtures';
import { createOrganisation, signedInUser, type SignedIn } from '../fixtures';
import type { TestApp } from '../test-app';

export interface Partner {
  organisation: Organisation;
  admin: SignedIn;
  member: SignedIn;
}

export interface ProposalWorld extends ProfileWorld {
  company: Partner;
  otherCompany: Partner;
  trainingBody: Partner;
  coordinator: SignedIn;
  offer: Offer;
  otherOffer: Offer;
  course: Course;
  profile: { id: string; pseudonymCode: string };
}

/** Days from today, `YYYY-MM-DD`. */
export const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function partner(t: TestApp, kind: OrganisationKind, legalName: string): Promise<Partner> {
  const organisation = await createOrganisation(t, { kind, legalName });
  return {
    organisation,
    admin: await signedInUser(t, 'partner_admin', { organisation }),
    member: await signedInUser(t, 'partner_member', { organisation }),
  };
}

export async function createOffer(t: TestApp, organisation: Organisation, fields: Partial<Offer> = {}): Promise<Offer> {
  return t.dataSource.getRepository(Offer).save({
    organisationId: organisation.id,
    title: 'Assistente familiare',
    description: 'Assistenza domiciliare a persone anziane',
    occupationUri: null,
    essentialSkills: [SKILLS.domesticCare, SKILLS.assistCustomers],
    optionalSkills: [SKILLS.cleanSurfaces],
    workMode: 'on_site',
    comune: COMUNI.sesto,
    weeklyHours: 25,
    shifts: ['morning'],
    contract: 'tempo_indeterminato',
    seats: 1,
    deadline: inDays(60),
    accommodations: ['flexible_hours'],
    status: 'published',
    publishedAt: new Date(),
    ...fields,
  });
}

export async function createCourse(t: TestApp, organisation: Organisation, fields: Partial<Course> = {}): Promise<Course> {
  return t.dataSource.getRepository(Course).save({
    organisationId: organisation.id,
    title: 'Addetta alle vendite',
    description: 'Corso di base per il commercio',
    skillsTaught: [SKILLS.assistCustomers, SKILLS.wordProcessing],
    workMode: 'on_site',
    comune: COMUNI.rho,
    shifts: ['morning'],
    totalHours: 120,
    weeklyHours: 12,
    startDate: inDays(30),
    endDate: inDays(120),
    deadline: inDays(20),
    seats: 10,
    cost: 'free',
    status: 'published',
    publishedAt: new Date(),
    ...fields,
  });
}

/**
 * The profiles world (two networks, counsellors, reference rows) plus two companies with an
 * offer each, a training body with a course, English labels for the skills, and one profile
 * living in Milano with a private note and a skill comment (to prove they never reach partners).
 */
export async function proposalWorld(t: TestApp): Promise<ProposalWorld> {
  const world = await profileWorld(t);
  const labels: [string, string, string][] = [
    [SKILLS.domesticCare, 'en', 'perform domestic care'],
    [SKILLS.assistCustomers, 'en', 'assist customers'],
    [SKILLS.cleanSurfaces, 'en', 'clean surfaces'],
    [SKILLS.wordProcessing, 'en', 'use word processing software'],
    [SKILLS.assistCustomers, 'it', 'assistere i clienti'],
  ];
  // Labels copy their concept's kind when the reference schema has that column.
  const [{ hasKind }] = await t.dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'esco_labels' AND column_name = 'kind') AS "hasKind"`,
  );
  for (const [uri, language, label] of labels) {
    await t.dataSource.query(
      hasKind
        ? `INSERT INTO esco_labels (uri, language, label, label_kind, kind) VALUES ($1, $2, $3, 'preferred', 'skill') ON CONFLICT DO NOTHING`
        : `INSERT INTO esco_labels (uri, language, label, label_kind) VALUES ($1, $2, $3, 'preferred') ON CONFLICT DO NOTHING`,
      [uri, language, label],
    );
  }
  // Her target occupation needs a skill she lacks: the course that teaches it closes a gap.
  await t.dataSource.query(
    `INSERT INTO esco_occupation_skills (occupation_uri, skill_uri, relation) VALUES ($1, $2, 'essential') ON CONFLICT DO NOTHING`,
    [OCCUPATIONS.homeCareAide, SKILLS.assistCustomers],
  );
  const company = await partner(t, 'company', 'Cooperativa Sociale Aurora');
  const otherCompany = await partner(t, 'company', 'Pulizie Brianza S.r.l.');
  const trainingBody = await partner(t, 'training_body', 'Scuola Professionale Lombarda');
  return {
    ...world,
    company,
    otherCompany,
    trainingBody,
    coordinator: await signedInUser(t, 'coordinator'),
    offer: await createOffer(t, company.organisation),
    otherOffer: await createOffer(t, otherCompany.organisation, { title: 'Addetta alle pulizie industriali' }),
    course: await createCourse(t, trainingBody.organisation),
    profile: await createProfile(t, world.counsellor),
  };
}

export async function recordConsent(t: TestApp, who: SignedIn, profileId: string, kind: ConsentKind, organisationId?: string): Promise<string> {
  const res = await request(t.server)
    .post(`/api/profiles/${profileId}/consents`)
    .set('Authorization', who.auth)
    .send({ kind, basis: 'explicit_verbal', ...(organisationId ? { organisationId } : {}) });
  if (res.status !== 201) throw new Error(`consent answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function shortlist(
  t: TestApp,
  who: SignedIn,
  profileId: string,
  target: { kind: 'offer' | 'course'; id: string },
  note?: string,
): Promise<string> {
  const res = await request(t.server)
    .post(`/api/profiles/${profileId}/shortlist`)
    .set('Authorization', who.auth)
    .send({ kind: target.kind, targetId: target.id, source: 'match', ...(note ? { note } : {}) });
  if (res.status !== 201) throw new Error(`shortlist answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Shortlists, records matching and share_card consents, proposes: the proposal id. */
export async function proposeWithConsents(
  t: TestApp,
  who: SignedIn,
  profileId: string,
  target: { kind: 'offer' | 'course'; id: string; organisationId: string },
  coverMessage = 'Persona affidabile, con esperienza di cura.',
): Promise<string> {
  const entryId = await shortlist(t, who, profileId, target);
  const [{ active }] = await t.dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM consents WHERE profile_id = $1 AND kind = 'matching' AND revoked_at IS NULL) AS active`,
    [profileId],
  );
  if (!active) await recordConsent(t, who, profileId, 'matching');
  await recordConsent(t, who, profileId, 'share_card', target.organisationId);
  const res = await request(t.server).post(`/api/profiles/${profileId}/proposals`).set('Authorization', who.auth).send({ shortlistEntryId: entryId, coverMessage });
  if (res.status !== 201) throw new Error(`proposal answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export const queueOf = (t: TestApp, name: (typeof QUEUES)[keyof typeof QUEUES]) => t.app.get<Queue>(getQueueToken(name));

/** A move through the partner's or the counsellor's route. */
export function move(t: TestApp, who: SignedIn, side: 'partner' | 'counsellor', proposalId: string, body: object) {
  const path = side === 'partner' ? `/api/partner/proposals/${proposalId}/transitions` : `/api/proposals/${proposalId}/transitions`;
  return request(t.server).post(path).set('Authorization', who.auth).send(body);
}

export function partnerRead(t: TestApp, who: SignedIn, proposalId: string) {
  return request(t.server).get(`/api/partner/proposals/${proposalId}`).set('Authorization', who.auth);
}

/** A fresh profile of the counsellor proposed to the world's offer (or course): its proposal id. */
export async function freshProposal(t: TestApp, w: ProposalWorld, kind: 'offer' | 'course' = 'offer'): Promise<{ profileId: string; proposalId: string }> {
  const profile = await createProfile(t, w.counsellor);
  const target =
    kind === 'offer'
      ? { kind, id: w.offer.id, organisationId: w.company.organisation.id }
      : { kind, id: w.course.id, organisationId: w.trainingBody.organisation.id };
  return { profileId: profile.id, proposalId: await proposeWithConsents(t, w.counsellor, profile.id, target) };
}
