import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parse as parseForm } from 'node:querystring';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { ProblemException } from '../common/problem/problem';

/** Large enough for a full profile or offer, small enough to refuse abuse early. */
export const BODY_LIMIT_BYTES = 256 * 1024;
const FORM_PARAMETER_LIMIT = 1000;

const malformedJson = () => new ProblemException({ status: 400, type: 'bad-request', detailKey: 'problem.malformed-json.detail' });
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
  try {
    return JSON.parse(json);
  } catch {
    throw malformedJson();
  }
}

/** Percent-escapes of a Latin-1 form, each byte one character. */
const latin1 = (value: string) => value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Flat `a=1&a=2` pairs (repeated names become a list); brackets in names are not nested. */
function parseUrlEncoded(request: FastifyRequest, body: Buffer): unknown {
  const charset = charsetOf(request);
  if (charset !== 'utf-8' && charset !== 'iso-8859-1') throw unsupported();
  const form = text(request, body, charset);
  if (form.split('&').length > FORM_PARAMETER_LIMIT) throw tooLarge();
  return parseForm(form, '&', '=', { maxKeys: 0, decodeURIComponent: charset === 'utf-8' ? undefined : latin1 });
}

/**
 * The bodies the API reads: JSON and, as the Express API did, URL-encoded forms. Any other
 * type is not read at all (the body stays undefined, so validation names the missing fields)
 * rather than refused with a 415: clients see the same answers as before the move to Fastify.
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
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, parser(parseUrlEncoded));
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}
