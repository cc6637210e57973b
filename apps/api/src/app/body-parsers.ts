import type { FastifyInstance, FastifyRequest } from 'fastify';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { ProblemException } from '../common/problem/problem';

/** Large enough for a full profile or offer, small enough to refuse abuse early. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The deepest nesting of objects and arrays a body may have. The deepest legitimate body (a
 * profile's skills and their lists) is 3 levels; validation and transformation recurse once
 * per level, so a body 20,000 levels deep overflowed the stack (a 500) before this limit.
 */
export const MAX_JSON_DEPTH = 32;

const malformedJson = () => new ProblemException({ status: 400, type: 'bad-request', detailKey: 'problem.malformed-json.detail' });
const tooDeep = () => new ProblemException({ status: 400, type: 'bad-request', detailKey: 'problem.json-too-deep.detail', params: { max: MAX_JSON_DEPTH } });
const unsupported = () => new ProblemException({ status: 415, type: 'unsupported-media-type' });
const tooLarge = () => new ProblemException({ status: 413, type: 'payload-too-large' });

const DECOMPRESS: Record<string, (body: Buffer, options: { maxOutputLength: number }) => Buffer> = {
  gzip: gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/** The body as sent, compressed bodies inflated within the same limit (a "zip bomb" is a 413). */
function decoded(request: FastifyRequest, body: Buffer): Buffer {
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity') return body;
  const decompress = DECOMPRESS[encoding];
  if (!decompress) throw unsupported();
  try {
    return decompress(body, { maxOutputLength: BODY_LIMIT_BYTES });
  } catch (error) {
    throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge() : malformedJson();
  }
}

function charsetOf(request: FastifyRequest): string {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1].toLowerCase() ?? 'utf-8';
}

const UTF8 = new TextDecoder();

/** Text in the request's charset, BOM dropped; a charset no decoder knows is a 415. */
function text(request: FastifyRequest, body: Buffer, charset: string): string {
  let decoder = UTF8;
  try {
    if (charset !== 'utf-8') decoder = new TextDecoder(charset);
  } catch {
    throw unsupported();
  }
  return decoder.decode(decoded(request, body));
}

/**
 * JSON objects and arrays only (a bare value is malformed for an API taking documents); an
 * empty body is `{}` (a common client slip). JSON.parse keeps `__proto__` and `constructor`
 * as plain keys, which validation then refuses by name (422) like any unexpected field.
 */
function parseJson(request: FastifyRequest, body: Buffer): unknown {
  const charset = charsetOf(request);
  // RFC 8259: JSON is UTF-8 (UTF-16/32 tolerated).
  if (!charset.startsWith('utf-')) throw unsupported();
  const json = text(request, body, charset);
  if (json.length === 0) return {};
  const first = /^[ \t\n\r]*(.)/.exec(json)?.[1];
  if (first !== '{' && first !== '[') throw malformedJson();
  if (nestingExceeds(json, MAX_JSON_DEPTH)) throw tooDeep();
  try {
    return JSON.parse(json);
  } catch {
    throw malformedJson();
  }
}

/**
 * True when brackets outside strings nest deeper than `max`: one pass over the text, no
 * recursion, before anything parses it. Malformed text is left to JSON.parse to refuse.
 */
export function nestingExceeds(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * The types a cross-site page can send without a CORS preflight (an HTML form, a beacon). The API
 * refuses them outright, so no public endpoint (registration, password reset) can be driven by
 * someone else's page, whatever the browser does with cookies.
 */
export const CROSS_SITE_FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * The API reads JSON only. The form types are a 415; any other type is not read at all (the
 * body stays undefined, so validation names the missing fields).
 */
export function registerBodyParsers(fastify: FastifyInstance): void {
  const parser = (parse: (request: FastifyRequest, body: Buffer) => unknown) => (request: FastifyRequest, body: Buffer, done: (error: Error | null, body?: unknown) => void) => {
    try {
      done(null, parse(request, body));
    } catch (error) {
      done(error as Error);
    }
  };
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, parser(parseJson));
  fastify.addContentTypeParser(CROSS_SITE_FORM_TYPES, (_request, _payload, done) => done(unsupported()));
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}
