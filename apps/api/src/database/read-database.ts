import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { PreparingClient } from '@ponte/persistence';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { RequestContext } from '../common/context/request-context';
import { RedisClient } from '../queue/redis.provider';
import { FLUSHED_LSN_SQL, REPLAYED_LSN_SQL } from './read-database.sql';

/** What a read needs of a database: the primary's DataSource and the replica both answer it. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows, as DataSource.query gives them
  query<T = any>(sql: string, params?: unknown[]): Promise<T>;
}

/** `16/B374D848` → a number that orders as the WAL does. */
const lsnOf = (text: string): bigint => {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
};

/**
 * Where the reads that tolerate replica lag run (issue 23). With `DATABASE_READ_URL` set, a
 * read goes to the replica when all of these hold, and to the primary otherwise:
 * - it is part of a GET request (a write request reads its own writes on the primary);
 * - the replica has replayed everything the primary had flushed `DATABASE_READ_MAX_LAG_MS` ago
 *   (probed four times per lag: the primary's flush position then the replica's replay position);
 * - the caller did not write in the last `DATABASE_READ_STICKY_MS` (marked in Redis by
 *   PrimaryAfterWrite, seen by every API process; at least the lag, so she reads her own writes);
 * - the replica answers: any error (down, restarting, a query cancelled by recovery) marks it
 *   unusable until the next good probe and the same read runs on the primary, so a caller never
 *   sees a replica failure.
 * Outside a request (CLI, jobs) reads stay on the primary. Writes, sessions and accounts, and
 * the reads gated by consent (matches, candidate cards, proposals) never come here.
 */
@Injectable()
export class ReadDatabase implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReadDatabase.name);
  private readonly replica?: Pool;
  private readonly probes?: Pool;
  /** The replica may be read until then (ms since the epoch); 0: not now. */
  private usableUntil = 0;
  /** The primary's flush position at each probe, oldest first, for as long as the lag allows. */
  private readonly flushed: { at: number; lsn: bigint }[] = [];
  private timer?: NodeJS.Timeout;
  private probing = false;
  private readonly maxLag: number;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly primary: DataSource,
    private readonly redis: RedisClient,
  ) {
    this.maxLag = config.DATABASE_READ_MAX_LAG_MS;
    if (!config.DATABASE_READ_URL) return;
    const pool = (applicationName: string, max: number) => {
      const created = new Pool({
        connectionString: config.DATABASE_READ_URL,
        application_name: applicationName,
        max,
        // A replica that does not answer quickly is left for the primary, not waited for.
        connectionTimeoutMillis: 1000,
        idleTimeoutMillis: 0,
        statement_timeout: 15000,
        options: '-c jit=off',
        Client: PreparingClient,
      });
      // An idle connection dropped by a restarting replica must not crash the process.
      created.on('error', () => this.unusable('connection lost'));
      return created;
    };
    this.replica = pool('ponte-api-read', config.DATABASE_POOL_SIZE);
    // Probes on a connection of their own: they never wait behind reads, nor reads behind them.
    this.probes = pool('ponte-api-read-probe', 1);
  }

  get hasReplica(): boolean {
    return this.replica !== undefined;
  }

  onModuleInit(): void {
    if (!this.replica) return;
    this.timer = setInterval(() => void this.probe(), Math.max(25, Math.floor(this.maxLag / 4)));
    this.timer.unref();
    void this.probe();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([this.replica?.end(), this.probes?.end()]);
  }

  /** Whether the replica takes reads now (the caller aside). */
  get replicaUsable(): boolean {
    return this.replica !== undefined && Date.now() < this.usableUntil;
  }

  /**
   * The database for one read that tolerates replica lag: a caller uses one source for all the
   * statements of one answer, so they see one state of the data.
   */
  async source(): Promise<Queryable> {
    // A write request reads what it wrote: the primary, throughout.
    if (!this.replicaUsable || !RequestContext.current().readOnly || (await this.callerWroteRecently())) return this.primary;
    return this.onReplica;
  }

  /** Read-your-writes: called by PrimaryAfterWrite once a caller's write request is answered. */
  async primaryAfterWrite(): Promise<void> {
    const userId = RequestContext.current().principal?.userId;
    if (!this.replica || !userId) return;
    try {
      await this.redis.set(this.stickyKey(userId), '1', 'PX', this.config.DATABASE_READ_STICKY_MS);
    } catch {
      // Redis down: callerWroteRecently() then answers yes for everyone, so nobody reads the replica.
    }
  }

  private readonly onReplica: Queryable = {
    query: async <T>(sql: string, params?: unknown[]): Promise<T> => {
      try {
        return (await (this.replica as Pool).query(sql, params)).rows as T;
      } catch (error) {
        this.unusable((error as Error).message);
        return this.primary.query(sql, params);
      }
    },
  };

  private async callerWroteRecently(): Promise<boolean> {
    const userId = RequestContext.current().principal?.userId;
    if (!userId) return false;
    try {
      return (await this.redis.exists(this.stickyKey(userId))) === 1;
    } catch {
      return true;
    }
  }

  private stickyKey(userId: string): string {
    return `${this.config.QUEUE_PREFIX}:primary-reads:${userId}`;
  }

  private unusable(why: string): void {
    if (this.usableUntil !== 0) this.logger.warn(`replica left for the primary: ${why}`);
    this.usableUntil = 0;
  }

  /**
   * The replica is usable until T + max lag, T being the latest probe whose primary flush position
   * it has replayed: everything committed before T is on the replica.
   */
  private async probe(): Promise<void> {
    if (this.probing || !this.probes) return;
    this.probing = true;
    try {
      const at = Date.now();
      const [{ lsn }] = await this.primary.query(FLUSHED_LSN_SQL);
      this.flushed.push({ at, lsn: lsnOf(lsn) });
      while (this.flushed.length > 1 && this.flushed[0].at < at - this.maxLag) this.flushed.shift();
      const { rows } = await this.probes.query(REPLAYED_LSN_SQL);
      const { standby, replayed } = rows[0] as { standby: boolean; replayed: string | null };
      // Not a standby (a promoted replica, or the primary itself in development): never behind.
      const covered = standby ? this.flushed.filter((f) => replayed !== null && f.lsn <= lsnOf(replayed)).pop() : { at };
      const until = covered ? covered.at + this.maxLag : 0;
      if (until > Date.now() && this.usableUntil === 0) this.logger.log('replica takes reads');
      if (until <= Date.now()) this.unusable(standby ? 'replay behind the allowed lag' : 'unknown state');
      else this.usableUntil = until;
    } catch (error) {
      this.unusable((error as Error).message);
    } finally {
      this.probing = false;
    }
  }
}
