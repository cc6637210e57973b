import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RecoveryCode } from '@ponte/persistence';
import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { EncryptionService } from '../common/crypto/encryption.service';
import { ADVANCE_LAST_STEP_SQL, CONFIRM_ENROLMENT_SQL, ENABLED_SECRET_SQL, LOCK_PENDING_SECRET_SQL, SET_PENDING_SECRET_SQL, USE_RECOVERY_CODE_SQL } from './totp.sql';

export const TOTP_ISSUER = 'Ponte';
export const RECOVERY_CODE_COUNT = 10;
const STEP_SECONDS = 30;
/** Unambiguous lower-case letters and digits (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

// RFC 6238 defaults (SHA-1, 6 digits, 30 s) with one step of clock drift either way.
const totp = authenticator.clone({ window: 1 });

export interface TotpEnrolment {
  otpauthUri: string;
  /** PNG data URL of the otpauth URI, for the authenticator app's camera. */
  qrCode: string;
  /** The same secret in base32, for typing it in by hand. */
  secret: string;
}

const secretAad = (userId: string) => `users.totp_secret:${userId}`;
const recoveryHash = (userId: string, code: string) =>
  createHash('sha256').update(`${userId}:${code.trim().toLowerCase().replace(/[\s-]/g, '')}`).digest('hex');

/**
 * TOTP second factor: secrets encrypted at rest, each code accepted at most once (the last
 * accepted time step is stored), and ten single-use recovery codes stored as SHA-256 (they
 * are random, 50 bits each, and guarded by the lockout, so a slow hash adds nothing).
 */
@Injectable()
export class TotpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly encryption: EncryptionService,
  ) {}

  /** Starts (re-)enrolment: a new pending secret; the active one, if any, keeps working until confirmed. */
  async start(userId: string, email: string): Promise<TotpEnrolment> {
    const secret = totp.generateSecret(20);
    await this.dataSource.query(SET_PENDING_SECRET_SQL, [userId, this.encryption.encrypt(secret, secretAad(userId))]);
    const otpauthUri = totp.keyuri(email, TOTP_ISSUER, secret);
    return { otpauthUri, qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }), secret };
  }

  /**
   * Confirms enrolment with a first code from the new secret: activates it and returns fresh
   * recovery codes (the old ones stop working). Null when there is no pending secret or the code is wrong.
   */
  async confirm(userId: string, code: string, manager: EntityManager): Promise<string[] | null> {
    const rows: { pending: string | null }[] = await manager.query(LOCK_PENDING_SECRET_SQL, [userId]);
    const pending = rows[0]?.pending;
    if (!pending) return null;
    const step = this.matchingStep(this.encryption.decrypt(pending, secretAad(userId)), code);
    if (step === null) return null;
    await manager.query(
      CONFIRM_ENROLMENT_SQL,
      [userId, step],
    );
    return this.replaceRecoveryCodes(userId, manager);
  }

  /** Checks a code of the active secret; refuses a code (time step) already used. */
  async verify(userId: string, code: string): Promise<boolean> {
    const rows: { secret: string | null }[] = await this.dataSource.query(ENABLED_SECRET_SQL, [userId]);
    const sealed = rows[0]?.secret;
    if (!sealed) return false;
    const step = this.matchingStep(this.encryption.decrypt(sealed, secretAad(userId)), code);
    if (step === null) return false;
    const [updated] = (await this.dataSource.query(
      ADVANCE_LAST_STEP_SQL,
      [userId, step],
    )) as [unknown[], number];
    return updated.length === 1;
  }

  /** Uses up one recovery code. */
  async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const [rows] = (await this.dataSource.query(
      USE_RECOVERY_CODE_SQL,
      [userId, recoveryHash(userId, code)],
    )) as [unknown[], number];
    return rows.length === 1;
  }

  private async replaceRecoveryCodes(userId: string, manager: EntityManager): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await manager.delete(RecoveryCode, { userId });
    await manager.insert(RecoveryCode, codes.map((code) => ({ userId, codeHash: recoveryHash(userId, code) })));
    return codes;
  }

  /** The absolute time step the code belongs to, within the drift window; null when it matches none. */
  private matchingStep(secret: string, code: string): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const delta = totp.checkDelta(code, secret);
    return delta === null ? null : Math.floor(Date.now() / 1000 / STEP_SECONDS) + delta;
  }
}
