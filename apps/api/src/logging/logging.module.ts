import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';

/**
 * JSON logs with the request id. Only method, path (query string dropped: it may hold
 * search text) and status are logged: the serializers build those objects from scratch, so
 * bodies, headers and cookies never reach a line (no redaction pass is needed on each one).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: [
          {
            level: config.LOG_LEVEL,
            // Fastify's request id (create-app.ts), which middie copies to the raw request.
            genReqId: (req: IncomingMessage & { id?: string }) => req.id as string,
            // While a middleware runs, middie strips the path it is mounted on from url: originalUrl is as requested.
            autoLogging: { ignore: (req: IncomingMessage & { originalUrl?: string }) => req.originalUrl === '/api/health' },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({
                statusCode: res.statusCode,
              }),
            },
          },
          // Written in the background (pino flushes what is pending when the process exits):
          // a synchronous write per request line was ~4% of the API's CPU under load.
          pino.destination({ dest: 1, sync: false }),
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
