import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { freePort } from './start/probe.mjs';
import { messageFileName, startMailbox, subjectOf } from './dev-mailbox.mjs';

describe('dev mailbox', () => {
  let dir;
  let mailbox;
  const lines = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ponte-mail-'));
    mailbox = await startMailbox({ port: await freePort(), dir, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await mailbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores each message sent over plain SMTP as an .eml file and prints one line', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: mailbox.port, secure: false });
    await transport.sendMail({
      from: 'ponte@ponte.demo',
      to: 'hr@acme.demo',
      subject: 'Nuova proposta su Ponte',
      text: 'Hai una nuova proposta: accedi per vederla.',
    });
    await transport.sendMail({ from: 'ponte@ponte.demo', to: 'hr@acme.demo', subject: 'Seconda', text: 'x' });
    transport.close();

    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.every((name) => name.endsWith('.eml'))).toBe(true);
    const first = readFileSync(join(dir, files[0]), 'utf8');
    expect(first).toContain('Subject: Nuova proposta su Ponte');
    expect(first).toContain('accedi per vederla');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('hr@acme.demo: Nuova proposta su Ponte');
  });

  it('accepts senders that authenticate, as a configured SMTP_URL with credentials would', async () => {
    const transport = nodemailer.createTransport(`smtp://user:pass@127.0.0.1:${mailbox.port}`);
    await expect(transport.sendMail({ from: 'a@ponte.demo', to: 'b@ponte.demo', subject: 'Auth', text: 'x' })).resolves.toBeDefined();
    transport.close();
    expect(readdirSync(dir)).toHaveLength(3);
  });
});

describe('mailbox helpers', () => {
  it('reads a folded Subject header', () => {
    expect(subjectOf('From: a\r\nSubject: Nuova\r\n proposta\r\n\r\nSubject: body')).toBe('Nuova proposta');
    expect(subjectOf('From: a\n\nbody')).toBe('(no subject)');
  });

  it('names files by time, in arrival order, without collisions', () => {
    const at = new Date('2026-11-25T10:00:00.000Z');
    const [a, b] = [messageFileName(at), messageFileName(at)];
    expect(a).toMatch(/^2026-11-25T10-00-00-000Z-\d{3}\.eml$/);
    expect(a).not.toBe(b);
    expect([b, a].sort()).toEqual([a, b]);
  });
});
