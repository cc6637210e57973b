import { randomBytes, randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { openValue, parseEnv } from '@ponte/config';
import { partitaIvaCheckDigit, type Role } from '@ponte/domain';
import { isSealedParam, outboxSealAad } from '@ponte/jobs';
import { MailOutboxEntry, Network, Organisation, User } from '@ponte/persistence';
import { authenticator } from 'otplib';
import { EncryptionService } from '../src/common/crypto/encryption.service';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'Un-ponte-sul-Naviglio-42';

export interface Account {
  user: User;
  email: string;
  password: string;
  /** Base32 TOTP secret when enrolled. */
  totpSecret: string | null;
}

/**
 * A user who signs in through the real flow: a password (argon2id) and, with `totp: true`,
 * an enrolled TOTP secret (encrypted exactly as the API stores it).
 */
export async function createAccount(
  t: TestApp,
  role: Role,
  options: { networks?: Network[]; organisation?: Organisation; totp?: boolean; password?: string; email?: string } = {},
): Promise<Account> {
  const password = options.password ?? TEST_PASSWORD;
  const email = options.email ?? `${role}.${randomBytes(4).toString('hex')}@ponte.test`;
  const user = await t.dataSource.getRepository(User).save({
    email,
    displayName: `Account ${role}`,
    role,
    organisationId: options.organisation?.id ?? null,
    networks: options.networks ?? [],
    passwordHash: await hash(password),
  });
  let totpSecret: string | null = null;
  if (options.totp) {
    totpSecret = authenticator.generateSecret(20);
    const sealed = new EncryptionService(parseEnv(t.env)).encrypt(totpSecret, `users.totp_secret:${user.id}`);
    await t.dataSource.query(`UPDATE users SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`, [user.id, sealed]);
  }
  return { user, email, password, totpSecret };
}

/** The current code of a secret, or the one `steps` time steps away. */
export function totpCode(secret: string, steps = 0): string {
  const totp = authenticator.clone({ epoch: Date.now() + steps * 30_000 });
  return totp.generate(secret);
}

/** The newest outbox mail of a template to an address, with its sealed params opened (as the worker would). */
export async function lastMail(t: TestApp, template: string, to: string): Promise<{ entry: MailOutboxEntry; params: Record<string, string | number> } | null> {
  const entry = await t.dataSource.getRepository(MailOutboxEntry).findOne({ where: { template, to }, order: { createdAt: 'DESC' } });
  if (!entry) return null;
  const keys = parseEnv(t.env).NOTES_ENCRYPTION_KEYS;
  const params = Object.fromEntries(
    Object.entries(entry.params).map(([name, value]) => [name, isSealedParam(value) ? openValue(keys, value.sealed, outboxSealAad(entry.id, name)) : (value as string | number)]),
  );
  return { entry, params };
}

/** The `token` query parameter of a link. */
export const tokenOf = (link: string | number | undefined): string => new URL(String(link)).searchParams.get('token') ?? '';

/** The TOTP secret of an account created with `totp: true`. */
export function secretOf(account: Account): string {
  if (!account.totpSecret) throw new Error('account has no TOTP secret');
  return account.totpSecret;
}

/** A fresh, valid partita IVA (random number, correct check digit). */
export function randomPartitaIva(): string {
  const first10 = String(1_000_000_000 + randomInt(8_999_999_999)).slice(0, 10);
  return first10 + partitaIvaCheckDigit(first10);
}

let registrations = 0;
/** A valid organisation registration body; each call gets its own admin e-mail. */
export function registrationBody(overrides: Record<string, unknown> = {}) {
  registrations++;
  return {
    kind: 'company',
    legalName: 'Acme Servizi S.r.l.',
    vatNumber: randomPartitaIva(),
    atecoCode: '62.01',
    seatComune: '015146',
    contact: { name: 'Ufficio Personale', email: 'personale@acme.test', phone: '+39 02 1234567' },
    antiHarassmentDeclaration: true,
    admin: { email: `admin${registrations}.${Date.now()}@acme.test`, displayName: 'Ufficio HR', password: 'Risorse-umane-2026' },
    ...overrides,
  };
}
