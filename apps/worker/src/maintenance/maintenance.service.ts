import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PURGE_IDEMPOTENCY_KEYS_SQL, PURGE_LISTING_CHANGES_SQL, PURGE_SENT_MAILS_SQL } from './maintenance.sql';

/** Sent mails are kept this long (delivery questions), then deleted: they hold addresses. */
export const SENT_MAIL_RETENTION_DAYS = 30;
/** The idempotency interceptor forgets a key after a day; its stored response goes then. */
export const IDEMPOTENCY_KEY_HOURS = 24;
/** The catalogue caches' checks read only recent listing_changes; any age is safe to prune (maintenance.sql.ts). */
export const LISTING_CHANGE_HOURS = 24;

export interface PurgeReport {
  sentMails: number;
  idempotencyKeys: number;
  listingChanges: number;
}

/**
 * Deletes what has served its purpose: mail_outbox rows sent more than 30 days ago (pending
 * and failed ones stay, for delivery and investigation) and idempotency keys older than 24 h,
 * completed or abandoned by a crashed request, and the catalogue caches' change rows
 * (listing_changes) older than a day. Small batches, each its own statement, so no long lock
 * is held; `now` is a parameter for tests.
 */
@Injectable()
export class MaintenanceService {
  private readonly logger = new Logger('Maintenance');

  constructor(private readonly dataSource: DataSource) {}

  async purge(now: Date, batchSize = 1000): Promise<PurgeReport> {
    const at = now.toISOString();
    const report: PurgeReport = {
      sentMails: await this.inBatches(
        PURGE_SENT_MAILS_SQL,
        [at, SENT_MAIL_RETENTION_DAYS, batchSize],
        batchSize,
      ),
      idempotencyKeys: await this.inBatches(
        PURGE_IDEMPOTENCY_KEYS_SQL,
        [at, IDEMPOTENCY_KEY_HOURS, batchSize],
        batchSize,
      ),
      listingChanges: await this.inBatches(
        PURGE_LISTING_CHANGES_SQL,
        [at, LISTING_CHANGE_HOURS, batchSize],
        batchSize,
      ),
    };
    if (report.sentMails || report.idempotencyKeys || report.listingChanges) this.logger.log(report, 'purge');
    return report;
  }

  private async inBatches(sql: string, params: unknown[], batchSize: number): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted]: [unknown, number] = await this.dataSource.query(sql, params);
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }
}
