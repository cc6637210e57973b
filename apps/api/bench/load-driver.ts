/**
 * An open-loop, evenly paced HTTP driver: request i is due at start + i / rate, whatever the
 * answers before it, and its latency runs from that due time to the end of its answer (so a
 * stalled server shows up in the latency, never hidden by the client slowing down: no
 * coordinated omission). autocannon 8 paces fixed rates per connection per second, which
 * releases each second's quota at once (bursts), so the fixed-rate runs use this instead.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Operation } from './load-mix';

export interface DriveResult {
  sent: number;
  completed: number;
  /** Achieved rate: completed answers per second of the run. */
  throughput: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** Non-2xx answers by operation and status. */
  failing: Record<string, number>;
}

export async function drive(base: string, pick: () => Operation, rate: number, seconds: number, options: { maxSockets?: number; timeoutMs?: number } = {}): Promise<DriveResult> {
  const url = new URL(base);
  // Idle sockets are dropped before the server's 5 s keep-alive timeout would close them under a
  // request (a client-side reset, not a server error).
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256, timeout: 4000 });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const failing: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const inFlight = new Set<Promise<void>>();

  const send = (due: number) => {
    const op = pick();
    const built = op.build();
    const body = built.body === undefined ? undefined : JSON.stringify(built.body);
    const done = new Promise<void>((resolve) => {
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: built.method,
          path: built.path,
          timeout: options.timeoutMs ?? 10_000,
          headers: { authorization: built.auth, 'x-forwarded-for': '10.0.0.1', ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            const status = res.statusCode ?? 0;
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status < 200 || status >= 300) failing[`${op.name} ${status}`] = (failing[`${op.name} ${status}`] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => {
        errors++;
        failing[`${op.name} ${error.code ?? error.message}`] = (failing[`${op.name} ${error.code ?? error.message}`] ?? 0) + 1;
        resolve();
      });
      if (body) req.write(body);
      req.end();
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

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
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0);
  const non2xx = Object.entries(statuses).filter(([s]) => !s.startsWith('2')).reduce((sum, [, n]) => sum + n, 0);
  return { sent, completed: latencies.length, throughput: Math.round(latencies.length / elapsed), p50: at(0.5), p99: at(0.99), max: Math.round(latencies.at(-1) ?? 0), errors, non2xx, statuses, failing };
}
