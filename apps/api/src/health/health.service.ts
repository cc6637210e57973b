import { Injectable } from '@nestjs/common';
import { pendingMigrations } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { RedisClient } from '../queue/redis.provider';
import { PING_SQL } from './health.sql';

export type CheckStatus = 'up' | 'down';
export interface HealthReport {
  status: 'ok' | 'error';
  checks: {
    database: { status: CheckStatus; error?: string };
    redis: { status: CheckStatus; error?: string };
    migrations: { status: CheckStatus; pending?: string[]; error?: string };
  };
}

const TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
  ]);
}

/** Readiness: the API can serve only when PostgreSQL, Redis and the schema are all in place. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisClient,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([this.checkDatabase(), this.checkRedis()]);
    const migrations = database.status === 'up' ? await this.checkMigrations() : { status: 'down' as const, error: 'database unavailable' };
    const ok = database.status === 'up' && redis.status === 'up' && migrations.status === 'up';
    return { status: ok ? 'ok' : 'error', checks: { database, redis, migrations } };
  }

  private async checkDatabase(): Promise<HealthReport['checks']['database']> {
    try {
      await withTimeout(this.dataSource.query(PING_SQL), 'PostgreSQL');
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }

  private async checkRedis(): Promise<HealthReport['checks']['redis']> {
    try {
      // Right after boot or a Redis restart the client may still be connecting.
      if (this.redis.status !== 'ready') {
        await withTimeout(new Promise((resolve) => this.redis.once('ready', resolve)), 'Redis');
      }
      await withTimeout(this.redis.ping(), 'Redis');
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }

  private async checkMigrations(): Promise<HealthReport['checks']['migrations']> {
    try {
      const pending = await withTimeout(pendingMigrations(this.dataSource), 'PostgreSQL');
      return pending.length ? { status: 'down', pending } : { status: 'up' };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }
}
