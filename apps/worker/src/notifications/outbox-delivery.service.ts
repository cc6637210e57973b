import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, openValue } from '@ponte/config';
import { DEFAULT_JOB_OPTIONS, isMailTemplate, isSealedParam, MailParams, outboxSealAad, renderMail } from '@ponte/jobs';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { MailTransport } from './mail-transport';
import { MARK_SENT_SQL, OUTBOX_STATUS_SQL, RELEASE_LEASE_SQL, TAKE_LEASE_SQL } from './outbox.sql';

/** How long a claimed row is ours; past it, a crashed delivery may be claimed again. */
export const LEASE_SECONDS = 120;
/** Attempts before a row is left `failed` (matches the job's own retries). */
export const MAX_ATTEMPTS = DEFAULT_JOB_OPTIONS.attempts;

export type DeliveryOutcome = 'sent' | 'already-sent' | 'failed' | 'missing';

/** Another delivery holds the lease: retry later (BullMQ backoff), never send twice at once. */
export class LeaseHeldError extends Error {
  constructor(outboxId: string) {
    super(`outbox ${outboxId} is being delivered by another worker`);
  }
}

interface ClaimedRow {
  id: string;
  to: string;
  template: string;
  language: 'it' | 'en';
  params: Record<string, unknown>;
  attempts: number;
}

/**
 * Exactly-once delivery of an outbox row: claim it (pending → sending with a lease) in one
 * UPDATE … RETURNING, send, then mark it sent. Only the claim holder sends. A crash between
 * send and mark leaves the row `sending` until the lease runs out; the sweep then delivers it
 * again with the SAME Message-ID (`<outbox id@domain>`), so the duplicate is recognisable and
 * mail systems that de-duplicate on Message-ID drop it.
 */
@Injectable()
export class OutboxDeliveryService {
  private readonly logger = new Logger(OutboxDeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transport: MailTransport,
  ) {}

  messageIdOf(outboxId: string): string {
    return `<${outboxId}@${this.transport.domain}>`;
  }

  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const row = await this.claim(outboxId);
    if (!row) return this.unclaimable(outboxId);
    let rendered;
    try {
      rendered = renderMail(this.templateOf(row), row.language, this.openParams(row));
    } catch (error) {
      await this.release(row.id, 'failed', (error as Error).message);
      throw new UnrecoverableError(`outbox ${row.id}: ${(error as Error).message}`);
    }
    if (row.attempts > 1) this.logger.warn({ outboxId: row.id, attempt: row.attempts }, 'redelivery: the previous attempt may have been sent (same Message-ID)');
    try {
      await this.transport.send({
        to: row.to,
        ...rendered,
        messageId: this.messageIdOf(row.id),
        headers: { 'X-Ponte-Outbox-Id': row.id, 'X-Ponte-Attempt': String(row.attempts) },
      });
    } catch (error) {
      await this.release(row.id, row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', (error as Error).message);
      throw error;
    }
    await this.dataSource.query(
      MARK_SENT_SQL,
      [row.id],
    );
    return 'sent';
  }

  private async claim(outboxId: string): Promise<ClaimedRow | null> {
    const [rows] = (await this.dataSource.query(
      TAKE_LEASE_SQL,
      [outboxId, LEASE_SECONDS],
    )) as [ClaimedRow[], number];
    return rows[0] ?? null;
  }

  private async unclaimable(outboxId: string): Promise<DeliveryOutcome> {
    const rows: { status: string }[] = await this.dataSource.query(OUTBOX_STATUS_SQL, [outboxId]);
    const status = rows[0]?.status;
    if (status === undefined) return 'missing';
    if (status === 'sent') return 'already-sent';
    if (status === 'failed') return 'failed';
    throw new LeaseHeldError(outboxId);
  }

  private async release(outboxId: string, status: 'pending' | 'failed', error: string): Promise<void> {
    await this.dataSource.query(
      RELEASE_LEASE_SQL,
      [outboxId, status, error],
    );
  }

  private templateOf(row: ClaimedRow) {
    if (!isMailTemplate(row.template)) throw new Error(`unknown template "${row.template}"`);
    return row.template;
  }

  private openParams(row: ClaimedRow): MailParams {
    const keys = this.config.NOTES_ENCRYPTION_KEYS;
    return Object.fromEntries(
      Object.entries(row.params).map(([name, value]) => [name, isSealedParam(value) ? openValue(keys, value.sealed, outboxSealAad(row.id, name)) : (value as string | number)]),
    );
  }
}
