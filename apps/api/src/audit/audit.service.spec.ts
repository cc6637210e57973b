import { AuditEntry } from '@ponte/persistence';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNetwork, signedInUser } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { AuditService } from './audit.service';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('appends entries with ids only', async () => {
    await t.app.get(AuditService).record({ action: 'profile.read', targetType: 'profile', targetId: 'p-1', actorId: null, actorRole: null });
    const rows = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'profile.read' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: 'profile', targetId: 'p-1', outcome: 'success' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await t.app.get(AuditService).record({ action: 'auth.sign_in', actorId: null, actorRole: null });
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM audit_log');
    expect(count).toBe(2);
  });

  it('names the request and the caller of an entry written while handling a body that arrived late', async () => {
    const network = await createNetwork(t);
    const coordinator = await signedInUser(t, 'coordinator');
    await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
    const body = JSON.stringify({ name: 'Rete rinominata' });
    // The body follows the headers later, as from a slow client: it is read in another async context.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        port: (t.server.address() as AddressInfo).port,
        method: 'PATCH',
        path: `/api/networks/${network.id}`,
        headers: { Authorization: coordinator.auth, 'X-Request-Id': 'trace-audit-0001', 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => resolve(res.resume().statusCode ?? 0)).on('error', reject);
      req.flushHeaders();
      setTimeout(() => req.end(body), 100);
    });
    expect(status).toBe(200);
    const row = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'network.update', targetId: network.id });
    expect(row).toMatchObject({ requestId: 'trace-audit-0001', actorId: coordinator.user.id, actorRole: 'coordinator' });
  });
});
