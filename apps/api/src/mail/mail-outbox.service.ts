import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, sealValue } from '@ponte/config';
import { assertMailParams, JOBS, MailLanguage, MailParams, MailTemplate, outboxSealAad, QUEUES, secretParamsOf } from '@ponte/jobs';
import { MailOutboxEntry } from '@ponte/persistence';
import { Queue } from 'bullmq';
import { EntityManager } from 'typeorm';

export interface OutgoingMail {
  to: string;
  template: MailTemplate;
  language: MailLanguage;
  /** Exactly the template's params: links and numbers, never personal data. */
  params: MailParams;
}

/**
 * The transactional outbox: `enqueue` writes the mail in the caller's transaction (so a
 * rolled-back change sends nothing); after the commit the caller calls `dispatch`, which asks
 * the worker to deliver. A dispatch lost to a crash or to Redis being down is recovered by the
 * worker's periodic sweep, so delivery never depends on it.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {}

  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string> {
    assertMailParams(mail.template, mail.params);
    const id = randomUUID();
    const secret = new Set(secretParamsOf(mail.template));
    const params = Object.fromEntries(
      Object.entries(mail.params).map(([name, value]) =>
        secret.has(name) ? [name, { sealed: sealValue(this.config.NOTES_ENCRYPTION_KEYS, String(value), outboxSealAad(id, name)) }] : [name, value],
      ),
    );
    await manager.insert(MailOutboxEntry, { id, to: mail.to, template: mail.template, language: mail.language, params });
    return id;
  }

  /** Call after the commit. Never throws: the sweep delivers what could not be queued now. */
  async dispatch(...outboxIds: string[]): Promise<void> {
    for (const outboxId of outboxIds) {
      try {
        await this.queue.add(JOBS.notifications.deliverOutbox, { outboxId }, { jobId: outboxId });
      } catch (error) {
        this.logger.warn({ outboxId, err: (error as Error).message }, 'outbox dispatch deferred to the sweep');
      }
    }
  }
}
