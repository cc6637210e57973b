import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigModule } from '@ponte/config';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';
import request from 'supertest';
import { createApiApp } from '../../app/create-app';
import { LoggingModule } from '../../logging/logging.module';
import { I18nModule } from '../i18n/i18n.module';
import { testEnvironment } from '@ponte/config';
import { conflict, ProblemException } from './problem';
import { describeForLog, ProblemFilter } from './problem.filter';

class SkillDto {
  @IsString() uri!: string;
  @IsIn(['basic', 'advanced']) level!: string;
}

class ExampleDto {
  @IsInt() @Min(1) @Max(40) seats!: number;
  @ValidateNested({ each: true }) @Type(() => SkillDto) @ArrayMaxSize(3) skills!: SkillDto[];
}

@Controller('example')
class ExampleController {
  @Post()
  create(@Body() body: ExampleDto) {
    return body;
  }
  @Get('conflict')
  conflict() {
    throw conflict('problem.conflict.detail', {}, { currentState: 'hired' });
  }
  @Get('crash')
  crash() {
    throw new Error('secret internal detail');
  }
  @Get('down')
  down() {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  }
  @Get('teapot')
  teapot() {
    throw new ProblemException({ status: 404, type: 'not-found' });
  }
}

@Module({
  imports: [ConfigModule, LoggingModule, I18nModule.forRoot([])],
  controllers: [ExampleController],
  providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
})
class ExampleModule {}

describe('problem+json errors', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    Object.assign(process.env, testEnvironment());
    app = await createApiApp(ExampleModule, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  it('names each invalid field with a JSON path, in Italian by default', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/example')
      .send({ seats: 0, skills: [{ uri: 'x', level: 'expert' }], extra: true })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('urn:ponte:problem:validation');
    expect(res.body.title).toBe('Dati non validi');
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(byField).toEqual({
      seats: 'Deve essere almeno 1.',
      'skills[0].level': 'Valore non ammesso. Valori ammessi: basic, advanced.',
      extra: 'Campo non previsto.',
    });
  });

  it('answers in English when the request asks for it', async () => {
    const res = await request(app.getHttpServer()).post('/api/example').set('Accept-Language', 'en-GB,en;q=0.9').send({ seats: 99, skills: [] }).expect(422);
    expect(res.body.errors).toEqual([{ field: 'seats', code: 'max', message: 'Must be at most 40.' }]);
    expect(res.headers['content-language']).toBe('en');
  });

  it('refuses malformed JSON with 400, not a crash', async () => {
    const res = await request(app.getHttpServer()).post('/api/example').set('Content-Type', 'application/json').send('{"seats": ').expect(400);
    expect(res.body.detail).toBe('Il corpo della richiesta non è un JSON valido.');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await request(app.getHttpServer()).post('/api/example').send({ seats: 1, skills: [], pad: 'x'.repeat(300 * 1024) }).expect(413);
    expect(res.body.type).toBe('urn:ponte:problem:payload-too-large');
  });

  it('carries extension members such as the current state on a conflict', async () => {
    const res = await request(app.getHttpServer()).get('/api/example/conflict').expect(409);
    expect(res.body.currentState).toBe('hired');
  });

  it('hides internal details of an unexpected error behind a request id', async () => {
    const res = await request(app.getHttpServer()).get('/api/example/crash').set('X-Request-Id', 'req-abcdef12').expect(500);
    expect(JSON.stringify(res.body)).not.toContain('secret internal detail');
    expect(res.body.detail).toContain('req-abcdef12');
  });

  it('answers 503 with Retry-After when a dependency is down', async () => {
    const res = await request(app.getHttpServer()).get('/api/example/down').expect(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.type).toBe('urn:ponte:problem:service-unavailable');
  });

  it('answers an unknown route with a problem document', async () => {
    const res = await request(app.getHttpServer()).get('/api/nowhere').expect(404);
    expect(res.body.title).toBe('Non trovato');
  });
});

describe('describeForLog', () => {
  it('keeps neither the message nor the parameters of a database error', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "Maria Rossi, via Roma 1"'), {
      code: '22P02',
      parameters: ['Maria Rossi, via Roma 1'],
      query: 'SELECT 1',
    });
    const logged = JSON.stringify(describeForLog(error));
    expect(logged).not.toContain('Maria');
    expect(logged).not.toContain('via Roma');
    expect(logged).toContain('22P02');
  });

  it('keeps the class and a short message of a programming error', () => {
    const logged = describeForLog(new TypeError('cannot read properties of undefined'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'cannot read properties of undefined' });
  });
});
