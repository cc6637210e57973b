import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import Redis from 'ioredis';

/**
 * A Redis client for quick commands (health, rate limits): it fails fast instead of
 * queueing commands while Redis is down, and reconnects by itself.
 */
@Injectable()
export class RedisClient extends Redis implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.REDIS_URL, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    // Errors are reported by health; without a listener ioredis would log each retry.
    this.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.disconnect();
  }
}
