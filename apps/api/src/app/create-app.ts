import { NestApplicationOptions, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { RequestContext } from '../common/context/request-context';
import { requestIdOf } from '../logging/request-id';
import { BODY_LIMIT_BYTES, registerBodyParsers } from './body-parsers';
import { configureApp } from './configure-app';
import { securityHeaders } from './security-headers';

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API on Fastify, for `main.ts` and the tests alike. Routing, addresses and timeouts are
 * those the API had on Express, so clients see the same answers: paths match whatever their
 * case or trailing slash, X-Forwarded-For is trusted from a proxy on loopback only, and the
 * server keeps Node's own keep-alive (5 s) and request (300 s) timeouts.
 */
export async function createApiApp(module: Type, options: NestApplicationOptions = {}): Promise<NestFastifyApplication> {
  const headers = securityHeaders();
  const stamp = (request: FastifyRequest, reply: FastifyReply) => reply.headers(headers).header('X-Request-Id', request.id);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: 'loopback',
    genReqId: requestIdOf,
    keepAliveTimeout: 5_000,
    requestTimeout: 300_000,
    // While closing, requests on open connections are still answered (Fastify's default is a
    // bare-JSON 503, not problem+json); new connections are refused as on Express.
    return503OnClosing: false,
    // Express bounded a path only by Node's 16 KiB header limit: a long parameter is the handler's 404, not a 414.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 16 * 1024 },
    // A malformed percent-encoding in the path never reaches a route: answer it as any other error.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      stamp(request, reply);
      adapter.getInstance().errorHandler(error, request, reply);
    },
  });
  const fastify = adapter.getInstance();
  registerBodyParsers(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    stamp(request, reply);
    RequestContext.run(request.id, done, READ_ONLY_METHODS.has(request.method));
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { ...options, bodyParser: false });
  return configureApp(app);
}
