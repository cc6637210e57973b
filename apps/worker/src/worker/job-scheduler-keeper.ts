import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QUEUES } from '@ponte/jobs';
import type { JobSchedulerJson, Queue } from 'bullmq';

/** How often the repeatable sweeps are checked; a Redis reconnection checks at once. */
export const KEEPER_EVERY_MS = 30_000;

/**
 * The sweeps that re-enqueue what Redis lost are themselves BullMQ job schedulers, stored in
 * Redis: a Redis restarted without persistence forgets them, and each queue's scheduler only
 * registers them at boot. This keeper remembers every scheduler it has seen in this process and
 * puts back the missing ones, on every Redis reconnection and every KEEPER_EVERY_MS. An `every`
 * scheduler runs at once when re-created, so the sweeps catch up right after the restart.
 */
@Injectable()
export class JobSchedulerKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobSchedulers');
  private readonly known = new Map<Queue, Map<string, JobSchedulerJson>>();
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;

  constructor(private readonly moduleRef: ModuleRef) {}

  private queues(): Queue[] {
    return Object.values(QUEUES).flatMap((name) => {
      try {
        return [this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })];
      } catch {
        return []; // a queue this process does not register
      }
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const queue of this.queues()) {
      this.known.set(queue, new Map());
      // 'ready' again after a lost connection: Redis may be empty now.
      void queue
        .getBackend()
        .client.then((client) => client.on('ready', () => void this.restore()))
        .catch(() => undefined);
    }
    this.logger.log({ queues: [...this.known.keys()].map((q) => q.name) }, 'keeping the job schedulers of these queues');
    this.timer = setInterval(() => void this.restore(), KEEPER_EVERY_MS);
    this.timer.unref();
    // A first look once every queue module has registered its schedulers at boot.
    setTimeout(() => void this.restore(), 1000).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Learns the schedulers present and re-creates those that vanished; answers how many. One pass at a time. */
  restore(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    let restored = 0;
    for (const [queue, known] of this.known) {
      try {
        const present = await queue.getJobSchedulers(0, -1);
        for (const scheduler of present) known.set(scheduler.key, scheduler);
        const missing = [...known.values()].filter((s) => !present.some((p) => p.key === s.key));
        for (const s of missing) {
          await queue.upsertJobScheduler(s.key, s.every ? { every: s.every } : { pattern: s.pattern, tz: s.tz }, { name: s.name, data: s.template?.data, opts: s.template?.opts });
          restored++;
        }
        if (missing.length) this.logger.warn({ queue: queue.name, schedulers: missing.map((s) => s.key) }, 'job schedulers lost by Redis restored');
      } catch (error) {
        // Redis unreachable: the next pass (or reconnection) tries again.
        this.logger.warn({ queue: queue.name, err: (error as Error).message }, 'job schedulers not checked');
      }
    }
    return restored;
  }
}
