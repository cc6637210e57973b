import { AuditEntry } from '@ponte/persistence';
import { createTestApp, TestApp } from '../testing/test-app';
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
});
