import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';

const VERSION = 'v1';

/**
 * AES-256-GCM for data that must never be readable in the database (counsellor notes,
 * TOTP secrets). Ciphertext is `v1:<keyId>:<iv>:<tag>:<data>`: the key id lets a rotation
 * re-encrypt with the new key while old rows still decrypt.
 */
@Injectable()
export class EncryptionService {
  private readonly keys: Map<string, Buffer>;
  private readonly current: { id: string; key: Buffer };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keys = new Map(config.NOTES_ENCRYPTION_KEYS.map((k) => [k.id, k.key]));
    this.current = config.NOTES_ENCRYPTION_KEYS[0];
  }

  encrypt(plaintext: string, associatedData = ''): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(associatedData));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.current.id, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  /** `associatedData` binds a ciphertext to its row (e.g. the profile id) so it cannot be moved. */
  decrypt(ciphertext: string, associatedData = ''): string {
    const [version, keyId, iv, tag, data] = ciphertext.split(':');
    const key = this.keys.get(keyId);
    if (version !== VERSION || !key || !iv || !tag || data === undefined) throw new Error('unreadable ciphertext or unknown key');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(associatedData));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  /** True when the value was encrypted with an older key and should be re-encrypted. */
  needsRotation(ciphertext: string): boolean {
    return ciphertext.split(':')[1] !== this.current.id;
  }
}
