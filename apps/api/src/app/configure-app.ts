import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { Logger } from 'nestjs-pino';
import { RequestContext } from '../common/context/request-context';
import { createValidationPipe } from '../common/problem/validation';
import { securityHeadersMiddleware } from './security-headers';

export const API_PREFIX = 'api';
/** Large enough for a full profile or offer, small enough to refuse abuse early. */
export const BODY_LIMIT = '256kb';

/** Everything `main.ts` and the tests must configure identically. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // Cache-Control: no-store besides: every answer is personal (ETags would only cost a hash).
  app.set('etag', false);
  app.use(securityHeadersMiddleware());
  app.use(RequestContext.middleware);
  app.enableCors({ origin: config.CORS_ORIGINS, credentials: true, exposedHeaders: ['X-Request-Id'] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Ponte API')
      .setDescription('Matching between the anti-violence networks of the Metropolitan City of Milan and vetted employers, training bodies and unions.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  return app;
}
