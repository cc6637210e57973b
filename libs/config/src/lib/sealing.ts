import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing of a short secret, in the API's EncryptionService format
 * (`v1:<keyId>:<iv>:<tag>:<data>`), with the keys of parseEncryptionKeys: an outbox link carrying a
 * one-time token (the API seals, the worker opens), the profile side's free text at rest. `aad`
 * binds the value to its row.
 */
export interface SealingKey {
  id: string;
  key: Buffer;
}

export function sealValue(keys: readonly SealingKey[], plaintext: string, aad: string): string {
  const current = keys[0];
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', current.key, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', current.id, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
}

export function openValue(keys: readonly SealingKey[], sealed: string, aad: string): string {
  const [version, keyId, iv, tag, data] = sealed.split(':');
  const key = keys.find((k) => k.id === keyId)?.key;
  if (version !== 'v1' || !key || !iv || !tag || data === undefined) throw new Error('unreadable sealed value or unknown key');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
}
