import { AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import type { MatrixRequest, MatrixRow } from '../authorization/matrix-row';
import { ACTORS, Actor } from '../authorization/authorization-world';
import { recordSection } from '../resilience/support/resilience-report';
import { createOrganisation, signedInUser } from '../fixtures';
import { BuiltWorld, startBuiltWorld } from './support/built-world';
import { OpenApiDocument, Operation, resolve, Schema } from './support/openapi-arbitraries';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const MEGABYTE = 1024 * 1024;

/** Percent-encoded pieces of a URL: NUL; the bytes of a lone surrogate (U+D800 as WTF-8, not UTF-8); 1 MB. */
const URL_SHAPES: Record<string, string> = {
  nul: '%00',
  'nul-inside': 'a%00b',
  'lone-surrogate': '%ED%A0%80',
  'lone-surrogate-low': 'x%ED%B2%80',
  'megabyte-string': 'a'.repeat(MEGABYTE),
};

interface Target {
  method: string;
  path: string;
  route: string;
  operation: Operation;
  auth: string | null;
  spec: MatrixRequest;
}

interface Sent {
  target: Target;
  shape: string;
  path?: string;
  query?: string;
  raw?: string;
}

/**
 * Hostile SHAPES against EVERY operation of the built API's OpenAPI document (issue 20), each
 * by a caller allowed to make it, with the authorization matrix's valid parameters and body, one
 * thing made hostile at a time: every path and query parameter given a NUL, a lone surrogate or
 * 1 MB; every body nested 20,000 levels, or with a NUL, a lone surrogate or 1 MB in each string
 * field, each number as a string, and arrays where objects go. Never a 5xx; every error is
 * problem+json. Counts go to reports/fuzz.json (section fuzz-openapi-shapes).
 */
describe('hostile input: hostile shapes on every operation of the OpenAPI document', () => {
  let world: BuiltWorld;
  let doc: OpenApiDocument;
  const targets: Target[] = [];
  const failures: { route: string; shape: string; status: number; body: string }[] = [];
  const statuses: Record<string, number> = {};
  const shapes: Record<string, number> = {};
  let requests = 0;
  let ip = 0;

  const send = async ({ target, shape, path, query, raw }: Sent): Promise<void> => {
    const params = target.spec.params ?? {};
    const url = path ?? target.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? '00000000-0000-4000-8000-000000000000'));
    const search = query ?? (target.spec.query ? `?${new URLSearchParams(target.spec.query)}` : '');
    const headers: Record<string, string> = { 'X-Forwarded-For': `10.77.${Math.floor(++ip / 250) % 250}.${ip % 250}`, ...target.spec.headers };
    if (target.auth) headers['Authorization'] = target.auth;
    const body = raw ?? (target.method === 'GET' || target.spec.body === undefined ? undefined : JSON.stringify(target.spec.body));
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let status = 0;
    let text = '';
    let contentType = '';
    // Node's HTTP server closes the connection after it answers an oversized request line
    // (431/414); the next request can leave on that closing keep-alive socket and fail before it
    // reaches the API (the full run saw it once, right after a 1 MB shape). It is sent once more:
    // a request the API itself does not answer fails both times.
    for (let attempt = 1; attempt <= 2 && status === 0; attempt++) {
      try {
        const res = await fetch(`${world.api.url}${url}${search}`, { method: target.method, headers, body });
        status = res.status;
        contentType = res.headers.get('content-type') ?? '';
        text = await res.text();
      } catch (error) {
        text = `no answer: ${(error as Error).message}`;
      }
    }
    requests++;
    shapes[shape] = (shapes[shape] ?? 0) + 1;
    statuses[status] = (statuses[status] ?? 0) + 1;
    // Node's HTTP parser answers an oversized request line itself (431, no body): not the API's.
    const fromNode = status === 431 || status === 414;
    const wrong = status === 0 || status >= 500 || (status >= 400 && !fromNode && !contentType.startsWith('application/problem+json'));
    if (wrong) failures.push({ route: target.route, shape, status, body: text.slice(0, 300) });
  };

  beforeAll(async () => {
    world = await startBuiltWorld();
    doc = await (await fetch(`${world.api.url}/api/docs-json`)).json();
    const rows = new Map(AUTHORIZATION_MATRIX.map((row) => [row.route, row]));
    const trainingBody = await createOrganisation(world.w.t, { kind: 'training_body' });
    const courseAuthor = await signedInUser(world.w.t, 'partner_admin', { organisation: trainingBody });
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const operation = operations[method];
        if (!operation) continue;
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        const row = rows.get(route) as MatrixRow | undefined;
        const actor: Actor | undefined = row ? ACTORS.find((a) => row.expect[a] === '2xx') : undefined;
        const spec = row ? ((await row.request?.(world.w, actor ?? 'coordinator')) ?? {}) : {};
        const auth = route === 'POST /api/courses' ? courseAuthor.auth : actor ? world.w.auth(actor) : world.w.auth('coordinator');
        targets.push({ method: method.toUpperCase(), path, route, operation, auth, spec });
      }
    }
  }, 300_000);

  afterAll(async () => {
    const byRoute: Record<string, number> = {};
    for (const f of failures) byRoute[f.route] = (byRoute[f.route] ?? 0) + 1;
    recordSection({
      id: 'fuzz-openapi-shapes',
      kind: 'fuzz',
      title: 'Hostile shapes on every operation of the built API (OpenAPI): depth, NUL, lone surrogates, 1 MB, numbers as strings, arrays for objects',
      figures: {
        operations: targets.length,
        requests,
        serverErrors: Object.entries(statuses)
          .filter(([s]) => Number(s) >= 500)
          .reduce((n, [, c]) => n + c, 0),
        failures: failures.length,
        ...Object.fromEntries(Object.entries(statuses).map(([s, n]) => [`status ${s}`, n])),
      },
      checks: [
        'every operation of the OpenAPI document, by a caller allowed to make it, with the authorization matrix\'s valid parameters and body',
        'each path and query parameter: NUL, NUL inside, a lone high and a lone low surrogate (WTF-8 bytes), 1 MB',
        'each body: 20,000 levels of arrays and of objects; NUL, a lone surrogate and 1 MB in each string field; each number as a string; arrays where objects go (whole body and each object field)',
        'never a 5xx or no answer; every 4xx the API answers is problem+json (Node\'s own 431/414 for a 1 MB request line excepted)',
      ],
      details: { shapes, failuresByRoute: byRoute, failures: failures.slice(0, 50), apiErrors: [...new Set(world?.api.errors() ?? [])].slice(0, 20) },
    });
    await world?.close();
  });

  it('documents every route of the authorization matrix', () => {
    expect(targets.map((t) => t.route).sort()).toEqual(AUTHORIZATION_MATRIX.map((r) => r.route).sort());
  });

  it('answers hostile path and query parameters of every operation without a 5xx', async () => {
    for (const target of targets) {
      const pathNames = [...target.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const queryNames = new Set([...(target.operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name), ...Object.keys(target.spec.query ?? {})]);
      for (const [shape, value] of Object.entries(URL_SHAPES)) {
        for (const name of pathNames) {
          const path = target.path.replace(/\{(\w+)\}/g, (_, n: string) => (n === name ? value : encodeURIComponent(target.spec.params?.[n] ?? '00000000-0000-4000-8000-000000000000')));
          await send({ target, shape: `path ${shape}`, path });
        }
        for (const name of queryNames) {
          const others = Object.entries(target.spec.query ?? {}).filter(([n]) => n !== name);
          const query = `?${[...others.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`), `${encodeURIComponent(name)}=${value}`].join('&')}`;
          await send({ target, shape: `query ${shape}`, query });
        }
      }
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('answers hostile bodies of every operation that reads one without a 5xx', async () => {
    const deepArrays = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const deepObjects = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    for (const target of targets.filter((t) => t.method !== 'GET')) {
      const schema = resolve(doc, target.operation.requestBody?.content['application/json']?.schema);
      const base = (target.spec.body && typeof target.spec.body === 'object' && !Array.isArray(target.spec.body) ? target.spec.body : {}) as Record<string, unknown>;
      await send({ target, shape: 'body depth 20,000 arrays', raw: deepArrays });
      await send({ target, shape: 'body depth 20,000 objects', raw: deepObjects });
      await send({ target, shape: 'body depth 20,000 in a field', raw: JSON.stringify({ ...base, x: null }).replace('null', deepArrays) });
      await send({ target, shape: 'body array for the object', raw: JSON.stringify([base]) });
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        const type = typeOf(doc, property);
        const sendField = (shape: string, value: unknown) => send({ target, shape: `body ${shape}`, raw: JSON.stringify({ ...base, [field]: value }) });
        if (type === 'string') {
          const text = typeof base[field] === 'string' ? (base[field] as string) : 'testo';
          await sendField('string with NUL', `${text}\u0000`);
          await send({ target, shape: 'body string with a lone surrogate', raw: JSON.stringify({ ...base, [field]: `${text}@@SURROGATE@@` }).replace('@@SURROGATE@@', '\\ud800') });
          await sendField('1 MB string', 'a'.repeat(MEGABYTE));
        } else if (type === 'number' || type === 'integer') {
          await sendField('number as a string', String(base[field] ?? 1));
        } else if (type === 'object') {
          await sendField('array for an object field', [base[field] ?? {}]);
        } else if (type === 'array') {
          const items = resolve(doc, resolve(doc, property).items);
          if (items.type === 'object' || items.properties) await sendField('arrays for the objects of a list', [[{}]]);
          else await sendField('strings with NUL in a list', ['\u0000']);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 900_000);
});

function typeOf(doc: OpenApiDocument, raw: Schema): string | undefined {
  const schema = resolve(doc, raw);
  if (schema.enum) return 'string';
  return schema.type ?? (schema.properties ? 'object' : undefined);
}
