import { getQueueToken } from '@nestjs/bullmq';
import { parseEnv, sealValue } from '@ponte/config';
import { JOBS, MAIL_TEMPLATES, MailTemplate, outboxSealAad, QUEUES, renderMail } from '@ponte/jobs';
import { MailOutboxEntry } from '@ponte/persistence';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { startSmtpSink, SmtpSink } from '../../test/smtp-sink';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { NotificationsModule } from './notifications.module';
import { LeaseHeldError, OutboxDeliveryService } from './outbox-delivery.service';
import { OutboxSweepService } from './outbox-sweep.service';

describe('notifications: outbox delivery over real SMTP', () => {
  let smtp: SmtpSink;
  let w: TestWorker;
  let delivery: OutboxDeliveryService;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await createTestWorker([NotificationsModule], { SMTP_URL: smtp.url, MAIL_FROM: 'Ponte <no-reply@ponte.test>' });
    delivery = w.context.get(OutboxDeliveryService);
  });
  afterAll(async () => {
    await w.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  /** An outbox row as the API writes it: the token link sealed and bound to the row. */
  async function outboxRow(fields: Partial<MailOutboxEntry> = {}, link = `https://partner.ponte.test/reset-password?token=${randomUUID()}`): Promise<MailOutboxEntry> {
    const id = randomUUID();
    const keys = parseEnv(w.env).NOTES_ENCRYPTION_KEYS;
    return w.dataSource.getRepository(MailOutboxEntry).save({
      id,
      to: 'hr@acme.test',
      template: 'password-reset',
      language: 'it',
      params: { link: { sealed: sealValue(keys, link, outboxSealAad(id, 'link')) }, minutes: 30 },
      ...fields,
    });
  }
  const rowOf = (id: string) => w.dataSource.getRepository(MailOutboxEntry).findOneByOrFail({ id });

  it('delivers a queued outbox row once, with a deterministic Message-ID, and marks it sent', async () => {
    const link = 'https://partner.ponte.test/reset-password?token=abc_DEF-123';
    const row = await outboxRow({}, link);
    await w.context.get<Queue>(getQueueToken(QUEUES.notifications)).add(JOBS.notifications.deliverOutbox, { outboxId: row.id }, { jobId: row.id });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(['hr@acme.test']);
    expect(mail.header('message-id')).toBe(`<${row.id}@ponte.test>`);
    expect(mail.header('x-ponte-outbox-id')).toBe(row.id);
    expect(mail.header('from')).toBe('Ponte <no-reply@ponte.test>');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('entro 30 minuti');
    for (let i = 0; i < 50 && (await rowOf(row.id)).status !== 'sent'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await rowOf(row.id)).toMatchObject({ status: 'sent', attempts: 1, leaseUntil: null, lastError: null });
    // A second job for the same row (e.g. the sweep racing the dispatch) sends nothing.
    expect(await delivery.deliver(row.id)).toBe('already-sent');
    expect(smtp.received).toHaveLength(1);
  });

  it('lets only one of two concurrent deliveries send (claim with a lease)', async () => {
    const row = await outboxRow();
    const results = await Promise.allSettled([delivery.deliver(row.id), delivery.deliver(row.id)]);
    expect(results.filter((r) => r.status === 'fulfilled' && r.value === 'sent')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof LeaseHeldError)).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
  });

  it('redelivers a row stuck in sending after its lease with the same Message-ID (crash between send and mark)', async () => {
    const row = await outboxRow();
    // A worker claimed it, maybe sent it, and died before marking it.
    await w.dataSource.query(`UPDATE mail_outbox SET status = 'sending', attempts = 1, lease_until = now() + interval '1 minute' WHERE id = $1`, [row.id]);
    await expect(delivery.deliver(row.id)).rejects.toBeInstanceOf(LeaseHeldError);
    expect(smtp.received).toHaveLength(0);
    await w.dataSource.query(`UPDATE mail_outbox SET lease_until = now() - interval '1 second' WHERE id = $1`, [row.id]);
    expect(await w.context.get(OutboxSweepService).sweep()).toBeGreaterThanOrEqual(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail.header('message-id')).toBe(`<${row.id}@ponte.test>`);
    expect(mail.header('x-ponte-attempt')).toBe('2');
  });

  it('sweeps pending rows whose delivery job Redis never got', async () => {
    const row = await outboxRow();
    await w.dataSource.query(`UPDATE mail_outbox SET created_at = now() - interval '5 minutes' WHERE id = $1`, [row.id]);
    const queue = w.context.get<Queue>(getQueueToken(QUEUES.notifications));
    expect(await queue.getJob(row.id)).toBeUndefined();
    await w.context.get(OutboxSweepService).sweep();
    const [mail] = await smtp.waitFor(1);
    expect(mail.header('x-ponte-outbox-id')).toBe(row.id);
  });

  it('puts a row back to pending with the error on an SMTP failure, and gives up as failed after the last attempt', async () => {
    const row = await outboxRow();
    smtp.failNext(1);
    await expect(delivery.deliver(row.id)).rejects.toThrow();
    expect(await rowOf(row.id)).toMatchObject({ status: 'pending', attempts: 1, leaseUntil: null });
    expect((await rowOf(row.id)).lastError).toMatch(/451|temporarily/i);
    await w.dataSource.query(`UPDATE mail_outbox SET attempts = 4 WHERE id = $1`, [row.id]);
    smtp.failNext(1);
    await expect(delivery.deliver(row.id)).rejects.toThrow();
    expect(await rowOf(row.id)).toMatchObject({ status: 'failed', attempts: 5 });
    expect(await delivery.deliver(row.id)).toBe('failed');
    expect(smtp.received).toHaveLength(0);
  });

  it('refuses a sealed link moved to another row (it is bound to its outbox id)', async () => {
    const original = await outboxRow();
    const moved = await outboxRow({ params: original.params });
    await expect(delivery.deliver(moved.id)).rejects.toThrow();
    expect(await rowOf(moved.id)).toMatchObject({ status: 'failed' });
    expect(smtp.received).toHaveLength(0);
  });
});

describe('mail templates', () => {
  const samples: Record<string, string | number> = { link: 'https://ponte.test/x?token=t', days: 7, minutes: 30, title: 'Assistente familiare', step: 'interested' };

  it.each(Object.keys(MAIL_TEMPLATES) as MailTemplate[])('%s renders in Italian and English with only its declared params', (template) => {
    const params = Object.fromEntries(MAIL_TEMPLATES[template].params.map((name) => [name, samples[name]]));
    for (const language of ['it', 'en'] as const) {
      const mail = renderMail(template, language, params);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain('https://ponte.test/x?token=t');
      expect(mail.text).not.toMatch(/\{\w+\}/);
    }
    // Nothing else can be slipped into a mail: no extra params, no free text as a link.
    expect(() => renderMail(template, 'it', { ...params, name: 'Maria Rossi' })).toThrow(/takes params/);
    expect(() => renderMail(template, 'it', { ...params, link: 'Maria Rossi, via Roma 1' })).toThrow(/invalid value/);
  });
});
