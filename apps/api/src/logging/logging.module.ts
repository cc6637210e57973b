import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { FastifyInstance } from 'fastify';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import pino from 'pino';

/** The load balancer's probe, called every few seconds: not worth a line each time. */
const UNLOGGED = '/api/health';

/**
 * JSON logs: Nest's own lines through nestjs-pino, and one line per request written by a
 * Fastify hook with the request id, method, path (query string dropped: it may hold search
 * text), status and time. The line is built from scratch, so bodies, headers and cookies never
 * reach it (no redaction pass is needed). No per-request middleware or child logger: pino-http
 * as Nest middleware cost ~3% of the API's CPU under load, for the same line.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Written in the background (pino flushes what is pending when the process exits):
        // a synchronous write per request line was ~4% of the API's CPU under load.
        pinoHttp: [{ level: config.LOG_LEVEL }, pino.destination({ dest: 1, sync: false })],
        // The logger only: no route gets nestjs-pino's middleware (the hook below logs requests).
        forRoutes: [],
      }),
    }),
  ],
})
export class LoggingModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // The lines are built whole here: the root logger's request serializers (pino-http's) would rebuild them.
    const as = <T>(value: T) => value;
    const log = PinoLogger.root.child({}, { serializers: { req: as, res: as } });
    fastify?.addHook('onResponse', (request, reply, done) => {
      const path = (request.raw.url ?? request.url).split('?')[0];
      if (path !== UNLOGGED) {
        const line = { req: { id: request.id, method: request.method, path }, res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime) };
        if (reply.statusCode >= 500) log.error(line, 'request errored');
        else log.info(line, 'request completed');
      }
      done();
    });
  }
}
