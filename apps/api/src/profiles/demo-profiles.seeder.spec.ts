import { detectIdentifiers } from '@ponte/domain';
import { SEALED_WITH, User } from '@ponte/persistence';
import { EncryptionService } from '../common/crypto/encryption.service';
import { createNetwork, createOrganisation } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { demoProfilesSeeder } from './demo-profiles.seeder';

describe('demo profiles seeder', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createOrganisation(t, { legalName: 'Acme Servizi S.r.l.' });
    for (const email of ['consulente.milano@ponte.demo', 'consulente.nord@ponte.demo']) {
      await t.dataSource.getRepository(User).save({ email, displayName: email, role: 'counsellor', networks: [await createNetwork(t)] });
    }
  });
  afterAll(() => t.close());

  it('creates identifier-free profiles with encrypted notes and consents, once', async () => {
    const lines: string[] = [];
    await demoProfilesSeeder.run({ dataSource: t.dataSource, log: (line) => lines.push(line) });
    await demoProfilesSeeder.run({ dataSource: t.dataSource, log: (line) => lines.push(line) });
    expect(lines).toEqual([
      'consulente.milano@ponte.demo: 3 profili / profiles',
      'consulente.nord@ponte.demo: 2 profili / profiles',
      'consulente.milano@ponte.demo: 0 profili / profiles',
      'consulente.nord@ponte.demo: 0 profili / profiles',
    ]);
    const profiles: { id: string; notes_encrypted: string }[] = await t.dataSource.query('SELECT id, notes_encrypted FROM profiles');
    expect(profiles).toHaveLength(5);
    const crypto = t.app.get(EncryptionService);
    const texts = profiles.map((p) => crypto.decrypt(p.notes_encrypted, p.id));
    const comments: { profile_id: string; skill_uri: string; comment_encrypted: string }[] = await t.dataSource.query(
      'SELECT profile_id, skill_uri, comment_encrypted FROM profile_skills WHERE comment_encrypted IS NOT NULL',
    );
    texts.push(...comments.map((c) => crypto.decrypt(c.comment_encrypted, SEALED_WITH.skillComment(c.profile_id, c.skill_uri))));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(detectIdentifiers(text)).toEqual([]);
    const consents = await t.dataSource.query('SELECT kind, count(*)::int AS n FROM consents GROUP BY kind ORDER BY kind');
    expect(consents).toEqual([
      { kind: 'matching', n: 4 },
      { kind: 'share_card', n: 2 },
    ]);
  });
});
