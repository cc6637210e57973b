import request from 'supertest';
import { MAX_JSON_DEPTH } from '../../src/app/body-parsers';
import { createProfile, profileBody, ProfileWorld, profileWorld, SKILLS } from '../profiles/profile-fixtures';
import { createTestApp, TestApp } from '../test-app';

/** `[[[…]]]` or `{"a":{"a":…}}` nested `levels` deep: 20,000 levels overflowed the stack (a 500). */
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/**
 * Errors that must be answers (issue 20): a body nested deeper than the limit is a 400 before
 * anything recurses into it; a control character (NUL, other C0 and C1 controls, a lone
 * surrogate) in any string of a query or body is a 422 naming the field, never PostgreSQL's
 * 22021 as a 500; nothing is stored.
 */
describe('input limits: nesting depth and control characters', () => {
  let t: TestApp;
  let w: ProfileWorld;
  let profileId: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
    profileId = (await createProfile(t, w.counsellor)).id;
  });
  afterAll(() => t.close());

  const json = (req: request.Test, body: string) => req.set('Content-Type', 'application/json').send(body);

  it('refuses 20,000 levels of nesting with 400 on the public password reset and on a profile update', async () => {
    for (const body of [nestedArrays(20_000), nestedObjects(20_000), `{"email":${nestedArrays(20_000)}}`]) {
      const reset = await json(request(t.server).post('/api/auth/password-reset').set('X-Forwarded-For', '10.90.0.1'), body);
      expect(reset.status).toBe(400);
      expect(reset.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(reset.body.detail).toContain(String(MAX_JSON_DEPTH));
      const patch = await json(request(t.server).patch(`/api/profiles/${profileId}`).set('Authorization', w.counsellor.auth), body);
      expect(patch.status).toBe(400);
    }
    const [{ version }] = await t.dataSource.query('SELECT version FROM profiles WHERE id = $1', [profileId]);
    expect(version).toBe(1);
  });

  it('reads nesting up to the limit as usual: validation answers, in English on request', async () => {
    const atLimit = await json(request(t.server).patch(`/api/profiles/${profileId}`).set('Authorization', w.counsellor.auth), `{"notes":${nestedArrays(MAX_JSON_DEPTH - 1)}}`);
    expect(atLimit.status).toBe(422);
    expect(atLimit.body.errors[0].field).toBe('notes');
    const over = await json(
      request(t.server).patch(`/api/profiles/${profileId}`).set('Authorization', w.counsellor.auth).set('Accept-Language', 'en'),
      `{"notes":${nestedArrays(MAX_JSON_DEPTH)}}`,
    );
    expect(over.status).toBe(400);
    expect(over.body.detail).toBe(`The request body nests objects or lists more than ${MAX_JSON_DEPTH} levels deep.`);
    // Brackets inside strings are text, not nesting.
    await json(request(t.server).patch(`/api/profiles/${profileId}`).set('Authorization', w.counsellor.auth), JSON.stringify({ notes: `[${'['.repeat(100)}` })).expect(200);
  });

  it('refuses a NUL in a query with 422 naming the parameter (reference autocomplete, catalogue search, profile list)', async () => {
    for (const path of ['/api/reference/skills?q=%00', '/api/reference/comuni?q=Mi%00lano', '/api/search?q=cuoca%00', '/api/profiles?code=MI%00']) {
      const res = await request(t.server).get(path).set('Authorization', w.counsellor.auth);
      expect({ path, status: res.status }).toEqual({ path, status: 422 });
      expect(res.body.errors).toEqual([expect.objectContaining({ field: path.includes('code=') ? 'code' : 'q', code: 'controlCharacter' })]);
    }
  });

  it('refuses control characters and lone surrogates anywhere in a body, naming each field, storing nothing', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT count(*) FROM profiles'))[0].count);
    const before = await count();
    const body = profileBody({
      notes: 'Disponibile\u0000 da subito',
      skills: [{ uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['work'], comment: 'Cucina\u0007 per mense' }],
    });
    const res = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(body).expect(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['notes:controlCharacter', 'skills[0].comment:controlCharacter']);
    expect(res.body.errors[0].message).toBe('Contiene caratteri di controllo o non validi (per esempio il carattere NUL): toglili e riprova.');
    // A lone surrogate is not a character: refused rather than stored altered. JSON escapes carry it.
    for (const text of ['\\ud800 orfano', 'fine \\udfff', 'C1 \\u0085 control', 'DEL \\u007f']) {
      const patch = await json(request(t.server).patch(`/api/profiles/${profileId}`).set('Authorization', w.counsellor.auth), `{"notes":"${text}"}`);
      expect({ text, status: patch.status, errors: patch.body.errors }).toEqual({ text, status: 422, errors: [expect.objectContaining({ field: 'notes', code: 'controlCharacter' })] });
    }
    // Tabs, line breaks and a real surrogate pair (an emoji) are ordinary text.
    await request(t.server).patch(`/api/profiles/${profileId}`).set('Authorization', w.counsellor.auth).send({ notes: 'Riga uno\n\tRiga due\r\n😀' }).expect(200);
    // The public endpoints too: NUL in a sign-in or reset e-mail is a 422, not a 500.
    for (const [path, payload] of [
      ['/api/auth/password-reset', { email: 'chi\u0000@ponte.test' }],
      ['/api/auth/login', { email: 'chi@ponte.test', password: 'pass\u0000word-lunga-2026' }],
    ] as const) {
      const refused = await request(t.server).post(path).set('X-Forwarded-For', '10.90.0.2').send(payload);
      expect({ path, status: refused.status }).toEqual({ path, status: 422 });
      expect(refused.body.errors.some((e: { code: string }) => e.code === 'controlCharacter')).toBe(true);
    }
    expect(await count()).toBe(before);
  });
});
