import { hash, verify } from '@node-rs/argon2';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { FieldProblem } from '../common/problem/problem';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Password rules (≥ 12 characters, not containing the account's e-mail or its local part),
 * as field problems so the caller can report them with the other fields.
 */
export function passwordProblems(password: string, email: string, field = 'password'): FieldProblem[] {
  if (password.length < PASSWORD_MIN_LENGTH) return [{ field, code: 'passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } }];
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (lower.includes(address) || (local.length >= 3 && lower.includes(local))) return [{ field, code: 'passwordContainsEmail' }];
  return [];
}

/** argon2id (the library default: m=19 MiB, t=2, p=1, OWASP's minimum recommendation). */
@Injectable()
export class PasswordsService implements OnModuleInit {
  /** Verified against when the account does not exist, so both paths cost the same time. */
  private decoy = '';

  async onModuleInit(): Promise<void> {
    this.decoy = await hash('ponte-decoy-password-never-used');
  }

  hash(password: string): Promise<string> {
    return hash(password);
  }

  /** Always runs one argon2 verification, against the decoy when there is no hash. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await verify(passwordHash ?? this.decoy, password);
      return ok && passwordHash !== null;
    } catch {
      return false;
    }
  }
}
