import { QUEUES } from '@ponte/jobs';
import { AuditEntry } from '@ponte/persistence';
import request from 'supertest';
import { catalogueWorld, CatalogueWorld, inDays, queueOf } from '../../test/catalogue/catalogue-world';
import type { SignedIn } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { CourseSeatsService } from './course-seats.service';

describe('courses', () => {
  let t: TestApp;
  let w: CatalogueWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await catalogueWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    title: 'Aiuto cuoca: corso professionale',
    description: 'Igiene HACCP, preparazioni di base, organizzazione della cucina. Tirocinio finale.',
    skillsTaught: w.uri.cookSkills,
    targetOccupations: [w.uri.cook],
    minEqf: 2,
    languages: [{ code: 'it', cefr: 'A2' }],
    workMode: 'on_site',
    comune: '015070',
    schedule: 'lunedì, mercoledì e venerdì 9-13',
    shifts: ['morning'],
    totalHours: 120,
    weeklyHours: 12,
    startDate: inDays(30),
    endDate: inDays(120),
    deadline: inDays(25),
    seats: 12,
    cost: 'funded',
    certification: 'Attestato di competenze regionale',
    childcareSupport: true,
    ...overrides,
  });
  const create = async (who: SignedIn, overrides: Record<string, unknown> = {}) =>
    (await request(t.server).post('/api/courses').set('Authorization', who.auth).send(body(overrides)).expect(201)).body;
  const fieldsOf = (res: request.Response) => res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort();

  it('creates a draft course for a training body or a union, not for a company', async () => {
    const course = await create(w.trainingBody.member);
    expect(course).toMatchObject({
      status: 'draft',
      version: 1,
      totalHours: 120,
      cost: 'funded',
      childcareSupport: true,
      startDate: inDays(30),
      organisation: { id: w.trainingBody.organisation.id, kind: 'training_body' },
    });
    expect((await create(w.union.admin)).organisation.kind).toBe('union');
    await request(t.server).post('/api/courses').set('Authorization', w.company.admin.auth).send(body()).expect(403);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'course.create', targetId: course.id })).toBe(1);
  });

  it('answers 422 naming each bad field: dates, hours, seats, ESCO kinds, comune', async () => {
    const res = await request(t.server)
      .post('/api/courses')
      .set('Authorization', w.trainingBody.admin.auth)
      .send(body({ startDate: inDays(60), endDate: inDays(50), deadline: inDays(55), targetOccupations: [w.uri.cookSkills[0]], skillsTaught: [w.uri.cook], comune: '015998' }))
      .expect(422);
    expect(fieldsOf(res)).toEqual([
      'comune:unknownComune',
      'deadline:deadlineAfterEnd',
      'endDate:endBeforeStart',
      'skillsTaught[0]:unknownEscoSkill',
      'targetOccupations[0]:unknownEscoOccupation',
    ]);
    const shape = await request(t.server)
      .post('/api/courses')
      .set('Authorization', w.trainingBody.admin.auth)
      .send(body({ totalHours: 0, weeklyHours: 60, seats: 0, cost: 'cheap', startDate: '2026-02-30', deadline: inDays(-3) }))
      .expect(422);
    expect(fieldsOf(shape)).toEqual(['cost:isIn', 'seats:min', 'startDate:isIso8601', 'totalHours:min', 'weeklyHours:max']);
    expect(shape.body.errors.find((e: { field: string }) => e.field === 'startDate').message).toBe('Data non valida (formato AAAA-MM-GG).');
  });

  it('publishes, locks the fields that decide who fits, and closes at the last enrolment', async () => {
    const course = await create(w.trainingBody.admin, { seats: 1 });
    const published = (await request(t.server).post(`/api/courses/${course.id}/publish`).set('Authorization', w.trainingBody.admin.auth).expect(200)).body;
    expect(published).toMatchObject({ status: 'published', version: 2 });
    expect(await queueOf(t, QUEUES.catalogue).getJob(`close-course-${course.id}-${inDays(25)}`)).toBeTruthy();

    const locked = await request(t.server)
      .patch(`/api/courses/${course.id}`)
      .set('Authorization', w.trainingBody.admin.auth)
      .send({ skillsTaught: [w.uri.cookSkills[0]], startDate: inDays(31), schedule: 'martedì e giovedì 14-18' })
      .expect(422);
    expect(fieldsOf(locked)).toEqual(['skillsTaught:lockedWhenPublished', 'startDate:lockedWhenPublished']);
    const edited = await request(t.server)
      .patch(`/api/courses/${course.id}`)
      .set('Authorization', w.trainingBody.admin.auth)
      .send({ schedule: 'martedì e giovedì 14-18', deadline: inDays(28) })
      .expect(200);
    expect(edited.body).toMatchObject({ schedule: 'martedì e giovedì 14-18', deadline: inDays(28), version: 3 });
    expect(await queueOf(t, QUEUES.catalogue).getJob(`close-course-${course.id}-${inDays(28)}`)).toBeTruthy();

    const outcome = await t.app.get(CourseSeatsService).recordEnrolment(course.id);
    expect(outcome).toEqual({ version: 4, seatsFilled: 1, status: 'closed', closed: true });
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'course.close', targetId: course.id });
    expect(audit.details).toMatchObject({ reason: 'seats_filled', seats: 1, seatsFilled: 1 });
  });

  it('scopes reads: own organisation for partners, published and vetted for staff, 404 otherwise', async () => {
    const draft = await create(w.trainingBody.admin, { title: 'Corso in preparazione' });
    const live = await create(w.trainingBody.admin, { title: 'Corso aperto alle iscrizioni' });
    await request(t.server).post(`/api/courses/${live.id}/publish`).set('Authorization', w.trainingBody.admin.auth).expect(200);
    await request(t.server).get(`/api/courses/${draft.id}`).set('Authorization', w.union.admin.auth).expect(404);
    await request(t.server).get(`/api/courses/${live.id}`).set('Authorization', w.union.admin.auth).expect(404);
    await request(t.server).get(`/api/courses/${draft.id}`).set('Authorization', w.counsellor.auth).expect(404);
    const seen = (await request(t.server).get(`/api/courses/${live.id}`).set('Authorization', w.counsellor.auth).expect(200)).body;
    expect(seen.organisation.name).toBe('Scuola Professionale Lombarda');
    const list = (await request(t.server).get('/api/courses?pageSize=100').set('Authorization', w.counsellor.auth).expect(200)).body;
    expect(list.items.map((c: { id: string }) => c.id)).toContain(live.id);
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(draft.id);
    await request(t.server).post(`/api/courses/${live.id}/close`).set('Authorization', w.counsellor.auth).expect(403);
  });
});
