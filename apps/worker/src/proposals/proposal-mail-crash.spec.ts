import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { testEnvironment } from '@ponte/config';
import { JOBS, QUEUES } from '@ponte/jobs';
import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { insertPlainMail } from '@ponte/proposals';
import { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';

// The built worker (the test target depends on the build), run as production runs it.
const MAIN = join(__dirname, '../../../../dist/apps/worker/main.js');
const MAILS = 30;
/** The server stores each message, then waits this long before answering 250: a kill in that window is the worst case (sent, not marked). */
const ANSWER_DELAY_MS = 120;

interface Receipt {
  messageId: string;
  attempt: number;
}

/** A real SMTP server that records Message-ID and attempt of every message it accepts. */
async function slowSmtpServer(): Promise<{ url: string; receipts: Receipt[]; close(): Promise<void> }> {
  const receipts: Receipt[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const head = Buffer.concat(chunks).toString('latin1').split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
        receipts.push({
          messageId: /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '',
          attempt: Number(/^X-Ponte-Attempt:\s*(\d+)/im.exec(head)?.[1] ?? 0),
        });
        setTimeout(callback, ANSWER_DELAY_MS);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, receipts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The outbox survives a worker killed with SIGKILL in the middle of a batch of proposal
 * e-mails: after a restart every message is delivered, and counted by Message-ID exactly once.
 * A message the server had stored when the worker died (before it could mark the row sent) is
 * sent again with the SAME Message-ID, so receivers de-duplicate it.
 */
describe('proposal e-mails: the built worker killed mid-send, restarted', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let smtp: Awaited<ReturnType<typeof slowSmtpServer>>;
  let env: Record<string, string>;
  let queue: Queue;
  let worker: ChildProcess | null = null;

  const start = () => {
    const { PATH, HOME } = process.env;
    worker = spawn(process.execPath, [MAIN], { env: { PATH, HOME, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    return worker;
  };
  const stop = async (signal: NodeJS.Signals) => {
    const child = worker;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    worker = null;
  };

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx build worker\` (nx test worker builds it first)`);
    db = await createTestDatabase();
    smtp = await slowSmtpServer();
    env = testEnvironment({ DATABASE_URL: db.url, SMTP_URL: smtp.url, MAIL_FROM: 'Ponte <no-reply@ponte.test>', LOG_LEVEL: 'error' });
    dataSource = createDataSource({ url: db.url, applicationName: 'ponte-test-crash', poolSize: 2 });
    await dataSource.initialize();
    queue = new Queue(QUEUES.notifications, { connection: { url: env.REDIS_URL }, prefix: env.QUEUE_PREFIX });
  });

  afterAll(async () => {
    await stop('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await dataSource?.destroy();
    await smtp?.close();
    await db?.drop();
  });

  it('delivers every message exactly once by Message-ID', async () => {
    // A batch as the API writes it: outbox rows committed, then one delivery job each (jobId = row id).
    const ids: string[] = [];
    for (let i = 0; i < MAILS; i++) {
      ids.push(
        await insertPlainMail(dataSource.manager, {
          to: `partner${i}@impresa.test`,
          template: 'proposal-received',
          language: i % 2 ? 'en' : 'it',
          params: { link: `https://partner.ponte.test/proposals/${i}`, title: 'Assistente familiare', step: 'proposed' },
        }),
      );
    }
    for (const outboxId of ids) await queue.add(JOBS.notifications.deliverOutbox, { outboxId }, { jobId: outboxId });

    start();
    await until('a third of the batch', () => smtp.receipts.length >= MAILS / 3, 60_000);
    await stop('SIGKILL');
    const beforeRestart = smtp.receipts.length;
    expect(beforeRestart).toBeLessThan(MAILS);
    const [{ sent }] = await dataSource.query(`SELECT count(*)::int AS sent FROM mail_outbox WHERE status = 'sent'`);
    expect(sent).toBeLessThan(MAILS);

    // The dead worker's lease on its row would run out on its own (LEASE_SECONDS); end it now.
    await dataSource.query(`UPDATE mail_outbox SET lease_until = now() - interval '1 second' WHERE status = 'sending'`);
    start();
    const allSent = async () => (await dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'sent'`))[0].n === MAILS;
    await until('every row sent', allSent, 120_000);
    await stop('SIGTERM');

    const expected = ids.map((id) => `<${id}@ponte.test>`).sort();
    const distinct = [...new Set(smtp.receipts.map((r) => r.messageId))].sort();
    expect(distinct).toEqual(expected);
    // Anything received twice was the one message in flight at the kill, resent with its Message-ID.
    const duplicates = smtp.receipts.length - distinct.length;
    expect(duplicates).toBeLessThanOrEqual(1);
    for (const receipt of smtp.receipts.filter((r, i) => smtp.receipts.findIndex((o) => o.messageId === r.messageId) !== i)) {
      expect(receipt.attempt).toBeGreaterThan(1);
    }
    expect(smtp.receipts.length).toBeGreaterThan(beforeRestart);
  }, 200_000);
});
