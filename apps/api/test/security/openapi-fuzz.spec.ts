import fc from 'fast-check';
import { AUTHORIZATION_MATRIX } from '../authorization/authorization-matrix';
import type { MatrixRequest, MatrixRow } from '../authorization/matrix-row';
import { ACTORS, Actor } from '../authorization/authorization-world';
import { recordSection } from '../resilience/support/resilience-report';
import { createOrganisation, signedInUser } from '../fixtures';
import { BuiltWorld, startBuiltWorld } from './support/built-world';
import { FuzzBody, hostileBody, hostileValue, OpenApiDocument, Operation, POLLUTION_MARKER, resolve, WRITE_METHODS, wrongTypeValue } from './support/openapi-arbitraries';

/** Runs per write operation: bodies from the schema and hostile mutations of a valid one. */
const RUNS_WITH_BODY = 40;
const RUNS_WITHOUT_BODY = 8;
const OVERSIZED_BYTES = 300 * 1024;

interface Target {
  method: string;
  path: string;
  route: string;
  operation: Operation;
  auth: string | null;
  spec: MatrixRequest;
}
interface Failure {
  route: string;
  reason: string;
  status: number;
  mutation?: unknown;
  sent?: string;
  body: string;
}

/**
 * Hostile input against EVERY write operation the BUILT API documents (its OpenAPI is generated
 * from the DTOs by the swagger plugin at build time). Each operation is called by a caller allowed
 * to make it (from the authorization matrix, with the matrix's valid path parameters and body),
 * with bodies generated from its schema and hostile mutations: never a 5xx, every 4xx is
 * problem+json, a wrongly typed field is a 422 naming it, an oversized body is a 413, and no
 * prototype is polluted. Cases and failures go to reports/fuzz.json.
 */
describe('hostile input: property-based fuzzing of every write operation in the OpenAPI', () => {
  let world: BuiltWorld;
  let doc: OpenApiDocument;
  const targets: Target[] = [];
  const failures: Failure[] = [];
  const statuses: Record<string, number> = {};
  let cases = 0;
  let ip = 0;

  const call = async (target: Target, body: unknown, raw?: string) => {
    const path = target.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(target.spec.params?.[name] ?? '00000000-0000-4000-8000-000000000000'));
    const query = target.spec.query ? `?${new URLSearchParams(target.spec.query)}` : '';
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.66.${Math.floor(++ip / 250) % 250}.${ip % 250}`, ...target.spec.headers };
    if (target.auth) headers['Authorization'] = target.auth;
    const res = await fetch(`${world.api.url}${path}${query}`, { method: target.method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await res.text();
    cases++;
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', text };
  };

  /** Why an answer is wrong, or null. */
  const verdict = (status: number, contentType: string, text: string): string | null => {
    if (status >= 500) return `status ${status}`;
    if (status < 400) return status === 204 || contentType.startsWith('application/json') ? null : `success as ${contentType}`;
    if (!contentType.startsWith('application/problem+json')) return `${status} as ${contentType}`;
    let problem: { type?: unknown; status?: unknown; errors?: { field?: unknown; code?: unknown }[] };
    try {
      problem = JSON.parse(text);
    } catch {
      return 'problem body is not JSON';
    }
    if (typeof problem.type !== 'string' || problem.status !== status) return 'malformed problem document';
    if (problem.type === 'urn:ponte:problem:validation' && !(problem.errors?.length && problem.errors.every((e) => typeof e.field === 'string' && typeof e.code === 'string'))) {
      return '422 without field errors';
    }
    return null;
  };

  const check = (target: Target, answer: { status: number; contentType: string; text: string }, mutation?: unknown, sent?: unknown): boolean => {
    const reason = verdict(answer.status, answer.contentType, answer.text);
    if (reason) failures.push({ route: target.route, reason, status: answer.status, mutation, sent: JSON.stringify(sent)?.slice(0, 300), body: answer.text.slice(0, 300) });
    return reason === null;
  };

  beforeAll(async () => {
    world = await startBuiltWorld();
    doc = await (await fetch(`${world.api.url}/api/docs-json`)).json();
    const rows = new Map(AUTHORIZATION_MATRIX.map((row) => [row.route, row]));
    // The matrix's organisations are companies; courses are created by a training body.
    const trainingBody = await createOrganisation(world.w.t, { kind: 'training_body' });
    const courseAuthor = await signedInUser(world.w.t, 'partner_admin', { organisation: trainingBody });
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of WRITE_METHODS) {
        const operation = operations[method];
        if (!operation) continue;
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        const row = rows.get(route) as MatrixRow | undefined;
        const actor: Actor | undefined = row ? ACTORS.find((a) => row.expect[a] === '2xx') : undefined;
        const spec = row ? ((await row.request?.(world.w, actor ?? 'partnerAdmin')) ?? {}) : {};
        const auth = route === 'POST /api/courses' ? courseAuthor.auth : actor ? world.w.auth(actor) : world.w.auth('coordinator');
        targets.push({ method: method.toUpperCase(), path, route, operation, auth, spec });
      }
    }
  }, 180_000);

  afterAll(async () => {
    const byRoute: Record<string, number> = {};
    for (const f of failures) byRoute[f.route] = (byRoute[f.route] ?? 0) + 1;
    recordSection({
      id: 'fuzz-openapi-writes',
      kind: 'fuzz',
      title: 'Property-based fuzzing of every write operation of the built API (OpenAPI)',
      figures: { writeOperations: targets.length, casesTried: cases, failures: failures.length, ...Object.fromEntries(Object.entries(statuses).map(([s, n]) => [`status ${s}`, n])) },
      checks: [
        `${RUNS_WITH_BODY} fast-check runs per operation with a body (${RUNS_WITHOUT_BODY} without), by a caller allowed to make it`,
        'bodies: generated from the schema, one field hostile (wrong type, boundary, 100k characters, unicode, nested junk), junk and prototype keys, a required field dropped, wrong top-level types, any JSON',
        'never a 5xx; every 4xx is problem+json; a validation problem names each field; every typed field given a wrong JSON type is a 422 naming it',
        `an oversized body (${OVERSIZED_BYTES / 1024} KiB) is a 413 on every write operation; no multipart (upload) operation exists`,
      ],
      details: { failuresByRoute: byRoute, failures: failures.slice(0, 50), apiErrors: [...new Set(world?.api.errors().map(errorOf))].slice(0, 30) },
    });
    await world?.close();
  });

  it('documents every write endpoint the authorization matrix knows, and no upload (multipart) operation', () => {
    const writeRows = AUTHORIZATION_MATRIX.map((r) => r.route).filter((r) => /^(POST|PUT|PATCH|DELETE) /.test(r));
    expect(targets.map((t) => t.route).sort()).toEqual([...writeRows].sort());
    const contentTypes = new Set(targets.flatMap((t) => Object.keys(t.operation.requestBody?.content ?? {})));
    expect([...contentTypes]).toEqual(['application/json']);
  });

  it('never answers 5xx nor a bare error to generated and mutated bodies', async () => {
    for (const target of targets) {
      const schema = target.operation.requestBody?.content['application/json']?.schema;
      await fc.assert(
        fc.asyncProperty(schema ? hostileBody(doc, schema, target.spec.body) : hostileValue.map((body): FuzzBody => ({ body, mutation: { kind: 'json' } })), async ({ body, mutation }) => {
          check(target, await call(target, body), mutation, body);
        }),
        { numRuns: schema ? RUNS_WITH_BODY : RUNS_WITHOUT_BODY, seed: 20261125 },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('refuses a wrongly typed field with 422 naming it, field by field', async () => {
    const misses: string[] = [];
    for (const target of targets) {
      const schema = resolve(doc, target.operation.requestBody?.content['application/json']?.schema);
      const base = (target.spec.body ?? {}) as Record<string, unknown>;
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        for (const value of wrongTypeValue(resolve(doc, property)).slice(0, 2)) {
          const answer = await call(target, { ...base, [field]: value });
          if (!check(target, answer, { kind: 'wrong-type', field, value })) continue;
          const named = answer.status === 422 && (JSON.parse(answer.text).errors ?? []).some((e: { field: string }) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`));
          if (!named) misses.push(`${target.route} ${field}=${JSON.stringify(value)} → ${answer.status} ${answer.text.slice(0, 160)}`);
        }
      }
    }
    failures.push(...misses.map((m) => ({ route: m.split(' ').slice(0, 2).join(' '), reason: 'wrong type not refused as 422 on the field', status: 0, body: m })));
    expect(misses).toEqual([]);
  }, 300_000);

  it('refuses an oversized body with 413 problem+json on every write operation', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(OVERSIZED_BYTES) });
    const wrong: string[] = [];
    for (const target of targets) {
      const answer = await call(target, undefined, huge);
      check(target, answer, { kind: 'oversized' });
      if (answer.status !== 413) wrong.push(`${target.route} → ${answer.status}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('keeps prototypes clean: after every write got __proto__ / constructor keys, no answer carries the marker', async () => {
    for (const target of targets) {
      const base = target.spec.body && typeof target.spec.body === 'object' ? target.spec.body : {};
      check(target, await call(target, { ...base, ...JSON.parse(`{"__proto__":{"polluted":"${POLLUTION_MARKER}"},"constructor":{"prototype":{"polluted":"${POLLUTION_MARKER}"}}}`) }), { kind: 'prototype' });
    }
    const probes = ['/api/auth/me', '/api/offers', '/api/networks', '/api/notifications'];
    for (const path of probes) {
      const res = await fetch(`${world.api.url}${path}`, { headers: { Authorization: world.w.auth('partnerAdmin') as string } });
      expect(await res.text()).not.toContain(POLLUTION_MARKER);
    }
    const created = await fetch(`${world.api.url}/api/organisations/registrations`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.67.0.1' }, body: JSON.stringify(world.w.registration()) });
    expect(created.status).toBe(201);
    expect(await created.text()).not.toContain(POLLUTION_MARKER);
  }, 120_000);
});

/** The message and first stack frame of a logged error line (pino JSON). */
function errorOf(line: string): string {
  try {
    const { err } = JSON.parse(line) as { err?: { message?: string; stack?: string[] | string } };
    const stack = Array.isArray(err?.stack) ? err?.stack.slice(0, 2).join(' / ') : String(err?.stack ?? '').split('\n').slice(0, 2).join(' / ');
    return `${err?.message ?? ''} @ ${stack}`;
  } catch {
    return line.slice(0, 300);
  }
}
