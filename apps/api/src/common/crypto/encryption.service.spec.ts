import { parseEnv } from '@ponte/config';
import { randomBytes } from 'node:crypto';
import { EncryptionService } from './encryption.service';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const service = (keys: string) => new EncryptionService(parseEnv({ JWT_SECRET: 'x'.repeat(32), NOTES_ENCRYPTION_KEYS: keys }));

describe('EncryptionService', () => {
  const k1 = key('k1');
  const k2 = key('k2');

  it('round-trips text and never stores it in clear', () => {
    const crypto = service(k1);
    const sealed = crypto.encrypt('Ha lavorato come badante per sei anni', 'profile-1');
    expect(sealed).not.toContain('badante');
    expect(sealed.startsWith('v1:k1:')).toBe(true);
    expect(crypto.decrypt(sealed, 'profile-1')).toBe('Ha lavorato come badante per sei anni');
  });

  it('refuses a ciphertext moved to another row or tampered with', () => {
    const crypto = service(k1);
    const sealed = crypto.encrypt('nota', 'profile-1');
    expect(() => crypto.decrypt(sealed, 'profile-2')).toThrow();
    const parts = sealed.split(':');
    parts[4] = Buffer.from('altro').toString('base64');
    expect(() => crypto.decrypt(parts.join(':'), 'profile-1')).toThrow();
  });

  it('decrypts with an old key after rotation and flags it for re-encryption', () => {
    const sealed = service(k1).encrypt('nota', 'p');
    const rotated = service(`${k2},${k1}`);
    expect(rotated.decrypt(sealed, 'p')).toBe('nota');
    expect(rotated.needsRotation(sealed)).toBe(true);
    expect(rotated.needsRotation(rotated.encrypt('nota', 'p'))).toBe(false);
  });
});
