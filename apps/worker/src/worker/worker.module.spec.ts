import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { createTestWorker, TestWorker } from '../../test/test-worker';

@Module({ imports: [BullModule.registerQueue({ name: 'probe' })] })
class ProbeQueueModule {}

describe('worker infrastructure', () => {
  let w: TestWorker;
  beforeAll(async () => {
    w = await createTestWorker([ProbeQueueModule]);
  });
  afterAll(() => w.close());

  it('reaches the migrated database and Redis with the configured queue prefix', async () => {
    const [{ count }] = await w.dataSource.query('SELECT count(*)::int AS count FROM schema_migrations');
    expect(count).toBeGreaterThan(0);
    const queue = w.context.get<Queue>(getQueueToken('probe'));
    const job = await queue.add('ping', { n: 1 });
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 1 });
    expect(queue.opts.prefix).toBe(w.env['QUEUE_PREFIX']);
    await job.remove();
  });
});
