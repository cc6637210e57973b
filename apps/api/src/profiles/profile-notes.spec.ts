import { parseEnv } from '@ponte/config';
import { AuditEntry, SEALED_WITH } from '@ponte/persistence';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { EncryptionService } from '../common/crypto/encryption.service';
import { createTestApp, TestApp } from '../../test/test-app';
import { rotateNotesKey } from './notes-key-rotation';
import { createProfile, profileBody, ProfileWorld, profileWorld } from '../../test/profiles/profile-fixtures';
import { tablesContaining } from '../../test/profiles/scan-database';

describe('counsellor notes', () => {
  let t: TestApp;
  let w: ProfileWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
  });
  afterAll(() => t.close());

  const sealedTexts = async (): Promise<number> =>
    (
      await t.dataSource.query(`SELECT ((SELECT count(*) FROM profiles WHERE notes_encrypted IS NOT NULL)
        + (SELECT count(*) FROM profile_skills WHERE comment_encrypted IS NOT NULL)
        + (SELECT count(*) FROM proposals WHERE cover_message_encrypted IS NOT NULL)
        + (SELECT count(*) FROM shortlist_entries WHERE note_encrypted IS NOT NULL))::int AS n`)
    )[0].n as number;
  const rawNotes = async (id: string): Promise<string | null> =>
    (await t.dataSource.query('SELECT notes_encrypted FROM profiles WHERE id = $1', [id]))[0].notes_encrypted;

  it('are stored as ciphertext only, like skill comments: no table holds them in clear, not even the idempotency store', async () => {
    const phrase = 'Preferisce non lavorare vicino alla stazione di Lambrate';
    const comment = 'Ha cucinato per la mensa di Quarto Oggiaro';
    const body = profileBody({ notes: phrase });
    (body['skills'] as { comment?: string }[])[0].comment = comment;
    const res = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', w.counsellor.auth)
      .set('Idempotency-Key', `notes-${randomBytes(6).toString('hex')}`)
      .send(body)
      .expect(201);
    expect(JSON.stringify(res.body)).not.toContain('Lambrate');

    const sealed = await rawNotes(res.body.id);
    expect(sealed).toMatch(/^v1:test1:/);
    expect(sealed).not.toContain('Lambrate');
    expect(await tablesContaining(t.dataSource, 'Lambrate')).toEqual({});
    expect(await tablesContaining(t.dataSource, 'Oggiaro')).toEqual({});

    const read = await request(t.server).get(`/api/profiles/${res.body.id}`).set('Authorization', w.colleague.auth).expect(200);
    expect(read.body.notes).toBe(phrase);
    expect(read.body.skills[0].comment).toBe(comment);
  });

  it('are bound to their profile: a ciphertext copied onto another profile does not open', async () => {
    const a = await createProfile(t, w.counsellor, { notes: 'Nota del profilo A' });
    const b = await createProfile(t, w.counsellor, { notes: null });
    await t.dataSource.query('UPDATE profiles SET notes_encrypted = $2 WHERE id = $1', [b.id, await rawNotes(a.id)]);
    const crypto = t.app.get(EncryptionService);
    const copied = (await rawNotes(b.id)) as string;
    expect(() => crypto.decrypt(copied, b.id)).toThrow();
    expect(crypto.decrypt((await rawNotes(a.id)) as string, a.id)).toBe('Nota del profilo A');
    await t.dataSource.query('UPDATE profiles SET notes_encrypted = NULL WHERE id = $1', [b.id]);
  });

  describe('key rotation', () => {
    const k2 = `k2:${randomBytes(32).toString('base64')}`;
    /** The test app's ring with newer keys in front (the first one encrypts). */
    const ringWith = (...newer: string[]) =>
      new EncryptionService(parseEnv({ JWT_SECRET: 'x'.repeat(32), NOTES_ENCRYPTION_KEYS: [...newer, t.env['NOTES_ENCRYPTION_KEYS']].join(',') }));

    it('re-encrypts every note under the new key in batches, resumes after an interruption, and audits counts only', async () => {
      const texts = ['uno', 'due', 'tre', 'quattro', 'cinque'].map((n) => `Nota numero ${n}`);
      const ids: string[] = [];
      for (const notes of texts) ids.push((await createProfile(t, w.counsellor, { notes })).id);
      const rotated = ringWith(k2);

      let batches = 0;
      const interrupted = rotateNotesKey(t.dataSource, rotated, {
        batchSize: 2,
        log: () => {
          if (++batches === 1) throw new Error('operator pressed ctrl-c');
        },
      });
      await expect(interrupted).rejects.toThrow('ctrl-c');
      const afterFirstBatch = await t.dataSource.query(`SELECT count(*)::int AS n FROM profiles WHERE notes_encrypted LIKE 'v1:k2:%'`);
      expect(afterFirstBatch[0].n).toBe(2);

      const report = await rotateNotesKey(t.dataSource, rotated, { batchSize: 2 });
      // Notes, skill comments, cover messages and shortlist notes: every sealed text of the profile side.
      const total = await sealedTexts();
      expect(report).toMatchObject({ examined: total - 2, rotated: total - 2, unreadable: 0 });
      for (const [i, id] of ids.entries()) {
        const sealed = (await rawNotes(id)) as string;
        expect(sealed.startsWith('v1:k2:')).toBe(true);
        expect(rotated.decrypt(sealed, id)).toBe(texts[i]);
        const [comment] = await t.dataSource.query('SELECT skill_uri, comment_encrypted FROM profile_skills WHERE profile_id = $1 AND comment_encrypted IS NOT NULL', [id]);
        expect(comment.comment_encrypted.startsWith('v1:k2:')).toBe(true);
        expect(rotated.decrypt(comment.comment_encrypted, SEALED_WITH.skillComment(id, comment.skill_uri))).toBe('Ha assistito la suocera anziana per sei anni');
      }
      expect(await rotateNotesKey(t.dataSource, rotated)).toEqual({ examined: 0, rotated: 0, unreadable: 0, batches: 0 });

      const [audit] = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'profile.notes.rotate_key' }, order: { id: 'DESC' }, take: 1 });
      expect(audit.details).toEqual({ examined: 0, rotated: 0, unreadable: 0, batches: 0 });
      expect(JSON.stringify(await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'profile.notes.rotate_key' } }))).not.toContain('Nota');
    });

    it('counts and leaves alone a note no key can open', async () => {
      const { id } = await createProfile(t, w.counsellor, { notes: 'Nota illeggibile' });
      await t.dataSource.query(`UPDATE profiles SET notes_encrypted = 'v1:lost:AAAA:BBBB:CCCC' WHERE id = $1`, [id]);
      const report = await rotateNotesKey(t.dataSource, ringWith(`k3:${randomBytes(32).toString('base64')}`, k2));
      expect(report.unreadable).toBe(1);
      expect(report.rotated).toBe(report.examined - 1);
      expect(await rawNotes(id)).toBe('v1:lost:AAAA:BBBB:CCCC');
    });
  });
});
