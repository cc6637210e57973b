import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server that counts the messages it accepts by Message-ID (deliveries exactly once?). */
export interface MessageCounter {
  url: string;
  /** Message-ID → how many times it was received. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

export async function startMessageCounter(): Promise<MessageCounter> {
  const counts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const head = Buffer.concat(chunks).toString('latin1').split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '';
        counts.set(id, (counts.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, counts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
