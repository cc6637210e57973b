import fastify, { FastifyError, FastifyInstance } from 'fastify';
import { gzipSync } from 'node:zlib';
import { ProblemException, ProblemSpec } from '../common/problem/problem';
import { BODY_LIMIT_BYTES, registerBodyParsers } from './body-parsers';

/** What the route sees of each body, or which problem refused it: as body-parser read bodies on Express. */
describe('request bodies', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = fastify({ bodyLimit: BODY_LIMIT_BYTES });
    registerBodyParsers(app);
    app.post('/', async (request) => ({ body: request.body === undefined ? 'unread' : request.body }));
    app.setErrorHandler<FastifyError>((error, _request, reply) => {
      const spec: ProblemSpec = error instanceof ProblemException ? error.spec : { status: error.statusCode ?? 500, type: error.code };
      reply.status(spec.status).send({ type: spec.type, detailKey: spec.detailKey });
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const post = async (payload: string | Buffer, headers: Record<string, string>) => {
    const res = await app.inject({ method: 'POST', url: '/', payload, headers });
    return { status: res.statusCode, ...res.json() };
  };
  const json = { 'content-type': 'application/json' };
  const malformed = { status: 400, type: 'bad-request', detailKey: 'problem.malformed-json.detail' };

  it('reads JSON objects and arrays, an empty body as {}, a leading BOM ignored', async () => {
    expect(await post('{"seats":2}', json)).toEqual({ status: 200, body: { seats: 2 } });
    expect(await post('[1]', { 'content-type': 'application/json; charset=UTF-8' })).toEqual({ status: 200, body: [1] });
    expect(await post('', json)).toEqual({ status: 200, body: {} });
    expect(await post('\uFEFF{"a":1}', json)).toEqual({ status: 200, body: { a: 1 } });
  });

  it('refuses malformed JSON and bare values as malformed, a non-UTF charset as unsupported', async () => {
    for (const payload of ['{"seats": ', '   ', '123', '"text"', 'null']) expect(await post(payload, json)).toEqual(malformed);
    expect(await post('{}', { 'content-type': 'application/json; charset=latin1' })).toEqual({ status: 415, type: 'unsupported-media-type' });
  });

  it('keeps __proto__ as a plain key, for validation to refuse by name', async () => {
    const res = await post('{"__proto__":{"polluted":true}}', json);
    expect(Object.keys(res.body)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('inflates a compressed body within the limit and refuses unknown encodings', async () => {
    expect(await post(gzipSync('{"a":1}'), { ...json, 'content-encoding': 'gzip' })).toEqual({ status: 200, body: { a: 1 } });
    const bomb = gzipSync(JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT_BYTES) }));
    expect(await post(bomb, { ...json, 'content-encoding': 'gzip' })).toEqual({ status: 413, type: 'payload-too-large' });
    expect(await post('{}', { ...json, 'content-encoding': 'compress' })).toEqual({ status: 415, type: 'unsupported-media-type' });
  });

  it('refuses a body over the limit before parsing it', async () => {
    expect(await post(JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT_BYTES) }), json)).toEqual({ status: 413, type: 'FST_ERR_CTP_BODY_TOO_LARGE' });
  });

  it('refuses what a cross-site form or beacon can send, whatever its charset or body', async () => {
    const unsupportedType = { status: 415, type: 'unsupported-media-type' };
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8', 'Text/Plain']) {
      expect(await post('a=1', { 'content-type': type })).toEqual(unsupportedType);
      expect(await post('', { 'content-type': type })).toEqual(unsupportedType);
    }
  });

  it('leaves a body of any other type unread', async () => {
    expect(await post('{"a":1}', { 'content-type': 'application/xml' })).toEqual({ status: 200, body: 'unread' });
    expect(await post('{"a":1}', { 'content-type': 'application/vnd.api+json' })).toEqual({ status: 200, body: 'unread' });
  });
});
