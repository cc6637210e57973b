import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QUEUES } from '@ponte/jobs';
import { Queue } from 'bullmq';

const QUIET_MS = 30_000;

/**
 * While Redis is down every queue emits a connection error per retry; without a listener
 * BullMQ prints each to the console. Log one structured warning per queue every 30 s instead.
 */
@Injectable()
export class QueueErrorsListener implements OnModuleInit {
  private readonly logger = new Logger('Queues');
  private readonly lastLogged = new Map<string, number>();

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) => {
        const now = Date.now();
        if (now - (this.lastLogged.get(name) ?? 0) < QUIET_MS) return;
        this.lastLogged.set(name, now);
        this.logger.warn(`queue ${name} cannot reach Redis: ${error.message}`);
      });
    }
  }
}
