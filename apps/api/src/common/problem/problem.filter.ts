import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { negotiateLanguage } from '../i18n/language';
import { Translator } from '../i18n/translator';
import { PROBLEM_TYPE_PREFIX, ProblemException, ProblemSpec } from './problem';

const STATUS_TYPES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'bad-request',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300']);

/** True when the error says PostgreSQL or Redis is unreachable rather than that the request is wrong. */
export function isDependencyDown(error: unknown): boolean {
  const candidate = error as { code?: string; message?: string; driverError?: { code?: string } } | undefined;
  const code = candidate?.driverError?.code ?? candidate?.code;
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = candidate?.message ?? '';
  // TypeORM releases a transaction's query runner when its connection dies: the next statement
  // of that transaction then fails with "Query runner already released" (seen when PostgreSQL
  // restarts mid-transaction), and pg refuses a client whose connection broke.
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|the database system is (starting up|shutting down)|terminating connection|Query runner already released|encountered a connection error and is not queryable/i.test(
    message,
  );
}

/**
 * What of an error may reach the logs: its class, SQLSTATE / errno code and stack frames.
 * Never the message of a database error (PostgreSQL quotes the offending value), nor the
 * query parameters TypeORM attaches: they can hold free text about a woman.
 */
export function describeForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const driverCode = (error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  const isDatabaseError = error instanceof QueryFailedError || driverCode !== undefined;
  const frames = (error.stack ?? '').split('\n').slice(1, 8).map((line) => line.trim());
  return {
    type: error.constructor.name,
    code: driverCode,
    message: isDatabaseError ? undefined : error.message.slice(0, 200),
    stack: frames,
  };
}

/** Maps every error to an RFC 9457 problem document in the request's language. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(private readonly translator: Translator) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const response = http.getResponse<FastifyReply>();
    const spec = this.toSpec(exception, request);
    const language = negotiateLanguage(request.headers['accept-language']);
    const params = { ...spec.params, requestId: request.id };
    const titleKey = spec.titleKey ?? `problem.${spec.type}.title`;
    const detailKey = spec.detailKey ?? `problem.${spec.type}.detail`;
    const body: Record<string, unknown> = {
      type: `${PROBLEM_TYPE_PREFIX}${spec.type}`,
      title: this.translator.translate(language, this.translator.has(titleKey) ? titleKey : `problem.${STATUS_TYPES[spec.status] ?? 'internal'}.title`, params),
      status: spec.status,
      detail: this.translator.translate(language, this.translator.has(detailKey) ? detailKey : `problem.${STATUS_TYPES[spec.status] ?? 'internal'}.detail`, params),
      instance: `urn:ponte:request:${request.id}`,
      ...spec.extensions,
    };
    if (spec.errors?.length) {
      body['errors'] = spec.errors.map((error) => ({
        field: error.field,
        code: error.code,
        message: this.translator.translate(language, this.translator.has(`validation.${error.code}`) ? `validation.${error.code}` : 'validation.invalid', error.params),
      }));
    }
    if (spec.status === 503) response.header('Retry-After', '5');
    for (const [name, value] of Object.entries(spec.headers ?? {})) response.header(name, value);
    response.status(spec.status).type('application/problem+json').header('Content-Language', language).send(body);
  }

  private toSpec(exception: unknown, request: FastifyRequest): ProblemSpec {
    if (exception instanceof ProblemException) return exception.spec;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const type = STATUS_TYPES[status] ?? (status >= 500 ? 'internal' : 'bad-request');
      return { status, type };
    }
    // Fastify's own refusals (a body over the limit, a Content-Length that lies) carry an FST_ code.
    const { code, statusCode } = (exception ?? {}) as Partial<FastifyError>;
    if (code?.startsWith('FST_') && statusCode !== undefined && statusCode < 500) {
      return { status: statusCode, type: STATUS_TYPES[statusCode] ?? 'bad-request' };
    }
    if (isDependencyDown(exception)) {
      this.logger.warn({ requestId: request.id, err: describeForLog(exception) }, 'dependency unavailable');
      return { status: 503, type: 'service-unavailable' };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (code === '23505') return { status: 409, type: 'conflict', detailKey: 'problem.duplicate.detail' };
      if (code === '22P02') return { status: 404, type: 'not-found' };
    }
    this.logger.error({ requestId: request.id, err: describeForLog(exception) }, 'unhandled error');
    return { status: 500, type: 'internal' };
  }
}
