import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from '../common/problem/validation';

export const API_PREFIX = 'api';

/** The Nest side of the API: logger, prefix, CORS, validation and the OpenAPI document. */
export function configureApp(app: NestFastifyApplication): NestFastifyApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.enableCors({
    origin: config.CORS_ORIGINS,
    credentials: true,
    exposedHeaders: ['X-Request-Id'],
    // What the Express cors middleware allowed and did: every verb, and 204 to any OPTIONS.
    methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
    strictPreflight: false,
  });
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
