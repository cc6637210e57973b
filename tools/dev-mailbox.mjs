// Development mail catcher: accepts every message on 127.0.0.1:<port>, stores it as
// <dir>/<time>.eml and prints one line. Used by `npm start` when SMTP_URL is unset.
// Standalone: node tools/dev-mailbox.mjs [--port 1025] [--dir .data/mail]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

/** The decoded-enough Subject header of a raw message, for the log line. */
export function subjectOf(raw) {
  const headers = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  return /^subject:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? '(no subject)';
}

/** A file name that sorts by arrival and never collides within one process. */
let sequence = 0;
export function messageFileName(date = new Date()) {
  sequence = (sequence + 1) % 1000;
  return `${date.toISOString().replace(/[:.]/g, '-')}-${String(sequence).padStart(3, '0')}.eml`;
}

export function startMailbox({ port = 1025, host = '127.0.0.1', dir, log = console.log }) {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust; any credentials (or none) accepted.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, session, callback) => callback(null, { user: auth.username }),
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const file = join(dir, messageFileName());
        writeFileSync(file, raw);
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        log(`✉  posta / mail → ${to}: ${subjectOf(raw.toString('utf8'))} (${relative(process.cwd(), file)})`);
        callback();
      });
    },
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.on('error', (error) => log(`✉  mailbox error: ${error.message}`));
      resolvePromise({ port: server.server.address().port, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(argument('dir', join(fileURLToPath(new URL('..', import.meta.url)), '.data/mail')));
  const mailbox = await startMailbox({ port: Number(argument('port', '1025')), dir });
  console.log(`✉  casella di sviluppo su / dev mailbox on smtp://127.0.0.1:${mailbox.port} → ${dir}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => mailbox.close().then(() => process.exit(0)));
}
