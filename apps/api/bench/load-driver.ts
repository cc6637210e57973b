/**
 * An open-loop, evenly paced HTTP driver: request i is due at start + i / rate, whatever the
 * answers before it, and its latency runs from that due time to the end of its answer (so a
 * stalled server shows up in the latency, never hidden by the client slowing down: no
 * coordinated omission). autocannon 8 paces fixed rates per connection per second, which
 * releases each second's quota at once (bursts), so the fixed-rate runs use this instead.
 *
 * The driver shares the two cores with the API and PostgreSQL, so it speaks HTTP/1.1 itself on
 * keep-alive sockets (requests written as one buffer, answers framed by Content-Length or
 * chunked encoding): Node's http client cost ~0.5 ms of CPU per request here, this ~0.1 ms, and
 * what the driver spends is taken from the system it measures.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Operation } from './load-mix';

export interface DriveResult {
  sent: number;
  /**
   * Requests still unanswered (or never written: every socket busy) when the run's deadline
   * passed (`seconds` + `timeoutMs` + 5 s); counted in `errors` as `gave up`. A run always ends.
   */
  abandoned: number;
  completed: number;
  /** Achieved rate: completed answers per second of the run. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** Non-2xx answers by operation and status. */
  failing: Record<string, number>;
  /** Latency percentiles (ms) of each operation: where a tail comes from. */
  byOperation: Record<string, { count: number; p50: number; p95: number; p99: number; max: number }>;
  /** Per second of due time: how many answers took over 50 ms, and the slowest (ms). When the tail happened. */
  bySecond: { over50: number; max: number }[];
}

interface Pending {
  op: string;
  due: number;
  payload: Buffer;
  done(status: number | Error): void;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** Where the answer at the start of `data` ends (bytes), or -1 while it is incomplete. */
export function answerLength(data: Buffer): { status: number; length: number } | null {
  const headerEnd = data.indexOf(HEADER_END);
  if (headerEnd < 0) return null;
  const head = data.toString('latin1', 0, headerEnd);
  const status = Number(head.slice(9, 12));
  const bodyStart = headerEnd + 4;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length) {
    const end = bodyStart + Number(length[1]);
    return data.length >= end ? { status, length: end } : null;
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    let at = bodyStart;
    for (;;) {
      const lineEnd = data.indexOf('\r\n', at);
      if (lineEnd < 0) return null;
      const size = parseInt(data.toString('latin1', at, lineEnd), 16);
      if (size === 0) {
        const end = data.indexOf(HEADER_END, lineEnd);
        return end < 0 ? null : { status, length: end + 4 };
      }
      at = lineEnd + 2 + size + 2;
      if (at > data.length) return null;
    }
  }
  // 204, 304 and the like: no body.
  return { status, length: bodyStart };
}

/** One keep-alive connection carrying one request at a time. */
class Connection {
  private readonly socket: net.Socket;
  private received: Buffer = Buffer.alloc(0);
  private current: Pending | null = null;
  private idleSince = performance.now();
  closed = false;

  constructor(host: string, port: number, private readonly onIdle: (c: Connection) => void) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', (error) => this.close(error));
    this.socket.on('close', () => this.close(new Error('ECONNRESET')));
  }

  get busy(): boolean {
    return this.current !== null;
  }

  idleFor(now: number): number {
    return this.current ? 0 : now - this.idleSince;
  }

  startedAt(): number | null {
    return this.current?.due ?? null;
  }

  send(request: Pending): void {
    this.current = request;
    this.socket.write(request.payload);
  }

  close(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    const pending = this.current;
    this.current = null;
    pending?.done(error);
  }

  private read(chunk: Buffer): void {
    this.received = this.received.length ? Buffer.concat([this.received, chunk]) : chunk;
    const answer = answerLength(this.received);
    if (!answer || !this.current) return;
    this.received = this.received.subarray(answer.length);
    const pending = this.current;
    this.current = null;
    this.idleSince = performance.now();
    pending.done(answer.status);
    this.onIdle(this);
  }
}

export async function drive(base: string, pick: () => Operation, rate: number, seconds: number, options: { maxSockets?: number; timeoutMs?: number } = {}): Promise<DriveResult> {
  const url = new URL(base);
  const host = url.hostname;
  const port = Number(url.port);
  const maxSockets = options.maxSockets ?? 256;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadlineMs = seconds * 1000 + timeoutMs + 5000;
  const latencies: number[] = [];
  const perOperation: Record<string, number[]> = {};
  const bySecond: DriveResult['bySecond'] = Array.from({ length: Math.ceil(seconds) }, () => ({ over50: 0, max: 0 }));
  const statuses: Record<string, number> = {};
  const failing: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  let outstanding = 0;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const connections = new Set<Connection>();
  const idle: Connection[] = [];
  const waiting: Pending[] = [];
  let finished: () => void = () => undefined;
  const allAnswered = new Promise<void>((resolve) => (finished = resolve));

  const dispatch = (connection: Connection) => {
    if (connection.closed) return;
    const next = waiting.shift();
    if (next) connection.send(next);
    else idle.push(connection);
  };
  const open = () => {
    const connection = new Connection(host, port, dispatch);
    connections.add(connection);
    return connection;
  };
  const submit = (request: Pending) => {
    let connection = idle.pop();
    while (connection?.closed) connection = idle.pop();
    if (!connection && connections.size < maxSockets) connection = open();
    if (connection) connection.send(request);
    else waiting.push(request);
  };

  const send = (due: number) => {
    const op = pick();
    const built = op.build();
    const body = built.body === undefined ? '' : JSON.stringify(built.body);
    const head =
      `${built.method} ${built.path} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${built.auth}\r\nX-Forwarded-For: 10.0.0.1\r\n` +
      (body ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` : '') +
      '\r\n';
    outstanding++;
    submit({
      op: op.name,
      due,
      payload: Buffer.from(head + body),
      done: (outcome) => {
        if (outcome instanceof Error) {
          errors++;
          const key = `${op.name} ${outcome.message}`;
          failing[key] = (failing[key] ?? 0) + 1;
        } else {
          const latency = performance.now() - due;
          latencies.push(latency);
          (perOperation[op.name] ??= []).push(latency);
          const second = bySecond[Math.min(bySecond.length - 1, Math.floor((due - start) / 1000))];
          if (latency > 50) second.over50++;
          second.max = Math.max(second.max, Math.round(latency));
          statuses[outcome] = (statuses[outcome] ?? 0) + 1;
          if (outcome < 200 || outcome >= 300) failing[`${op.name} ${outcome}`] = (failing[`${op.name} ${outcome}`] ?? 0) + 1;
        }
        if (--outstanding === 0 && sent >= total) finished();
      },
    });
  };

  // Answers overdue by timeoutMs fail; sockets idle for 4 s are closed before the server's 5 s
  // keep-alive timeout could close one under a request (a client-side reset, not a server error).
  // Requests waiting for a socket get the sockets of the closed ones: before, a server stalled
  // past timeoutMs on every socket at once left them waiting for an answer that could not come,
  // and the run never ended (the write step at 500/s, 10 minutes on an idle machine).
  let abandoned = 0;
  const housekeeping = setInterval(() => {
    const now = performance.now();
    for (const connection of connections) {
      const startedAt = connection.startedAt();
      if (startedAt !== null && now - startedAt > timeoutMs) connection.close(new Error('timeout'));
      else if (connection.idleFor(now) > 4000) connection.close(new Error('idle'));
      if (connection.closed) connections.delete(connection);
    }
    while (waiting.length > 0 && connections.size < maxSockets) open().send(waiting.shift() as Pending);
    if (now - start > deadlineMs && outstanding > 0) {
      // The bound of the whole run: whatever is still unanswered is given up and counted.
      for (const request of waiting.splice(0)) {
        abandoned++;
        request.done(new Error('gave up (never sent: every socket busy)'));
      }
      for (const connection of connections) {
        if (connection.busy) abandoned++;
        connection.close(new Error('gave up (no answer by the deadline)'));
      }
    }
  }, 250);

  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      // Everything due by now is sent now, stamped with its due time.
      while (sent < total && start + (sent * 1000) / rate <= now) send(start + (sent++ * 1000) / rate);
      if (sent >= total) return resolve();
      setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
    };
    tick();
  });
  if (outstanding > 0) await allAnswered;
  const elapsed = (performance.now() - start) / 1000;
  clearInterval(housekeeping);
  for (const connection of connections) connection.close(new Error('end'));
  const non2xx = Object.entries(statuses).filter(([s]) => !s.startsWith('2')).reduce((sum, [, n]) => sum + n, 0);
  const byOperation = Object.fromEntries(Object.entries(perOperation).map(([name, values]) => [name, { count: values.length, ...percentiles(values) }]));
  return { sent, abandoned, completed: latencies.length, throughput: Math.round(latencies.length / elapsed), ...percentiles(latencies), errors, non2xx, statuses, failing, byOperation, bySecond };
}

/** Median, 95th and 99th percentiles and maximum of latencies (ms, rounded); sorts them in place. */
export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  values.sort((a, b) => a - b);
  const at = (q: number) => Math.round(values[Math.min(values.length - 1, Math.floor(values.length * q))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: Math.round(values.at(-1) ?? 0) };
}
