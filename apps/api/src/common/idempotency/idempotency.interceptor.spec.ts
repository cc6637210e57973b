import { Body, Controller, Module } from '@nestjs/common';
import { IsString } from 'class-validator';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { signedInUser } from '../../../test/fixtures';
import { createTestApp, TestApp } from '../../../test/test-app';
import { Post } from './post.decorator';

class NoteDto {
  @IsString() text!: string;
}

@Controller('idempotency-probe')
class ProbeController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  async create(@Body() body: NoteDto) {
    await this.dataSource.query('CREATE TABLE IF NOT EXISTS probe_effects (id serial PRIMARY KEY, text text)');
    const [row] = await this.dataSource.query('INSERT INTO probe_effects (text) VALUES ($1) RETURNING id', [body.text]);
    return { id: row.id, text: body.text };
  }
}
@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('Idempotency-Key on creating writes', () => {
  let t: TestApp;
  let auth: string;
  const effects = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM probe_effects'))[0].n);

  beforeAll(async () => {
    t = await createTestApp({}, [ProbeModule]);
    auth = (await signedInUser(t, 'coordinator')).auth;
  });
  afterAll(() => t.close());

  it('runs a replayed request once and answers the first response again', async () => {
    const first = await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).set('Idempotency-Key', 'key-00000001').send({ text: 'a' }).expect(201);
    const replay = await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).set('Idempotency-Key', 'key-00000001').send({ text: 'a' }).expect(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await effects()).toBe(1);
  });

  it('refuses the same key with a different body', async () => {
    await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).set('Idempotency-Key', 'key-00000002').send({ text: 'a' }).expect(201);
    const res = await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).set('Idempotency-Key', 'key-00000002').send({ text: 'b' }).expect(422);
    expect(res.body.type).toBe('urn:ponte:problem:idempotency-key-reused');
  });

  it('keeps keys per user: another user with the same key creates its own', async () => {
    const other = (await signedInUser(t, 'coordinator')).auth;
    const before = await effects();
    await request(t.server).post('/api/idempotency-probe').set('Authorization', other).set('Idempotency-Key', 'key-00000001').send({ text: 'a' }).expect(201);
    expect(await effects()).toBe(before + 1);
  });

  it('forgets a failed request so that it can be retried with the same key', async () => {
    await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).set('Idempotency-Key', 'key-00000003').send({ text: 42 }).expect(422);
    await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).set('Idempotency-Key', 'key-00000003').send({ text: 'ok' }).expect(201);
  });

  it('refuses a malformed key', async () => {
    await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).set('Idempotency-Key', 'x').send({ text: 'a' }).expect(400);
  });

  it('runs every request without a key', async () => {
    const before = await effects();
    await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).send({ text: 'a' }).expect(201);
    await request(t.server).post('/api/idempotency-probe').set('Authorization', auth).send({ text: 'a' }).expect(201);
    expect(await effects()).toBe(before + 2);
  });
});
