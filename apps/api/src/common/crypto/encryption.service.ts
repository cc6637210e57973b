import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, openValue, sealValue, type SealingKey } from '@ponte/config';

/**
 * AES-256-GCM for data that must never be readable in the database (counsellor notes, skill
 * comments, cover messages, shortlist notes, TOTP secrets): sealValue/openValue of @ponte/jobs
 * (which the worker and the migrations use too) with the keys of NOTES_ENCRYPTION_KEYS.
 * Ciphertext is `v1:<keyId>:<iv>:<tag>:<data>`: the key id lets a rotation re-encrypt with the
 * new key while old rows still decrypt.
 */
@Injectable()
export class EncryptionService {
  private readonly keys: readonly SealingKey[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keys = config.NOTES_ENCRYPTION_KEYS;
  }

  encrypt(plaintext: string, associatedData = ''): string {
    return sealValue(this.keys, plaintext, associatedData);
  }

  /** `associatedData` binds a ciphertext to its row (e.g. the profile id) so it cannot be moved. */
  decrypt(ciphertext: string, associatedData = ''): string {
    return openValue(this.keys, ciphertext, associatedData);
  }

  /** A free text sealed to its row (SEALED_WITH of @ponte/persistence); empty text is null. */
  seal(binding: string, text: string | null | undefined): string | null {
    return text ? this.encrypt(text, binding) : null;
  }

  open(binding: string, sealed: string | null | undefined): string | null {
    return sealed ? this.decrypt(sealed, binding) : null;
  }

  /** True when the value was encrypted with an older key and should be re-encrypted. */
  needsRotation(ciphertext: string): boolean {
    return ciphertext.split(':')[1] !== this.keys[0].id;
  }
}
