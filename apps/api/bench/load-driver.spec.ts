import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drive, percentiles } from './load-driver';

describe('paced load driver', () => {
  it('reports the median, the 95th and the 99th percentile and the maximum', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(latencies)).toEqual({ p50: 51, p95: 96, p99: 100, max: 100 });
  });

  describe('against a server', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((_req, res) => res.end('{}'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('gives each run and each operation its p95, between its p50 and its p99', async () => {
      const op = { name: 'ping', weight: 1, build: () => ({ method: 'GET', path: '/ping', auth: 'Bearer x' }) };
      const result = await drive(base, () => op, 40, 1);
      expect(result.completed).toBe(40);
      for (const figures of [result, result.byOperation['ping']]) {
        expect(figures.p95).toEqual(expect.any(Number));
        expect(figures.p50).toBeLessThanOrEqual(figures.p95);
        expect(figures.p95).toBeLessThanOrEqual(figures.p99);
      }
    });
  });
});
