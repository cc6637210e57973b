import { hash } from '@node-rs/argon2';
import { parseEnv } from '@ponte/config';
import type { OrganisationKind, Role } from '@ponte/domain';
import { authenticator } from 'otplib';
import { DataSource, EntityManager } from 'typeorm';
import { EncryptionService } from '../common/crypto/encryption.service';
import type { Seeder } from '../common/seed/seeder';
import {
  DEMO_ACCOUNT_BY_EMAIL_SQL,
  DEMO_ORGANISATION_BY_NAME_SQL,
  INSERT_DEMO_ACCOUNT_SQL,
  INSERT_DEMO_MEMBERSHIPS_SQL,
  INSERT_DEMO_ORGANISATION_SQL,
  INSERT_DEMO_VETTING_SQL,
  SET_DEMO_TOTP_SQL,
} from './demo-identity.seeder.sql';

/** Every demo account's password (README). Demo data only. */
export const DEMO_PASSWORD = 'Ponte-Demo-2026!';
/**
 * The TOTP secret of the demo coordinator and counsellors, FIXED so the portals' browser
 * tests and a demo presenter can compute codes (e.g. `oathtool --totp -b <secret>`).
 * DEMO ONLY: a real deployment never seeds accounts.
 */
export const DEMO_TOTP_SECRET = 'PONTEDEMOTOTPKEYNOTFORPRODUCTION';

interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  legalName: string;
  vatNumber: string | null;
  taxCode: string | null;
  atecoCode: string;
  seatComune: string;
  accreditationNumber?: string;
  status: 'vetted' | 'pending';
  contactEmail: string;
}

const ORGANISATIONS: DemoOrganisation[] = [
  { key: 'acme', kind: 'company', legalName: 'Acme Servizi S.r.l.', vatNumber: '09123456783', taxCode: '09123456783', atecoCode: '82.11.01', seatComune: '015146', status: 'vetted', contactEmail: 'hr@acme.demo' },
  {
    key: 'enaip',
    kind: 'training_body',
    legalName: 'ENAIP Lombardia – sede demo',
    vatNumber: '03123456703',
    taxCode: '03123456703',
    atecoCode: '85.59.20',
    seatComune: '015146',
    accreditationNumber: 'LOM-DEMO-0001',
    status: 'vetted',
    contactEmail: 'formazione@enaip.demo',
  },
  { key: 'cgil', kind: 'union', legalName: 'CGIL Camera del Lavoro Metropolitana – demo', vatNumber: null, taxCode: '80098765433', atecoCode: '94.20.00', seatComune: '015209', status: 'vetted', contactEmail: 'sindacato@cgil.demo' },
  { key: 'bottega', kind: 'company', legalName: 'Bottega Solidale Soc. Coop.', vatNumber: '11223344554', taxCode: '11223344554', atecoCode: '47.19.10', seatComune: '015182', status: 'pending', contactEmail: 'candidature@bottega.demo' },
];

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  networks?: string[];
  organisation?: string;
}

const ACCOUNTS: DemoAccount[] = [
  { email: 'coordinatrice@ponte.demo', displayName: 'Coordinamento metropolitano', role: 'coordinator' },
  { email: 'consulente.nord@ponte.demo', displayName: 'Consulente Nord Milano', role: 'counsellor', networks: ['nord-milano'] },
  { email: 'consulente.milano@ponte.demo', displayName: 'Consulente Milano', role: 'counsellor', networks: ['milano'] },
  { email: 'hr@acme.demo', displayName: 'Ufficio HR Acme', role: 'partner_admin', organisation: 'acme' },
  { email: 'formazione@enaip.demo', displayName: 'Segreteria corsi ENAIP', role: 'partner_admin', organisation: 'enaip' },
  { email: 'sindacato@cgil.demo', displayName: 'Sportello lavoro CGIL', role: 'partner_admin', organisation: 'cgil' },
  { email: 'candidature@bottega.demo', displayName: 'Bottega Solidale', role: 'partner_admin', organisation: 'bottega' },
];

async function upsertOrganisation(manager: EntityManager, o: DemoOrganisation): Promise<string> {
  const [existing]: { id: string }[] = await manager.query(DEMO_ORGANISATION_BY_NAME_SQL, [o.legalName]);
  if (existing) return existing.id;
  const [created]: { id: string }[] = await manager.query(
    INSERT_DEMO_ORGANISATION_SQL,
    [o.kind, o.legalName, o.vatNumber, o.taxCode, o.atecoCode, o.seatComune, o.contactEmail, o.accreditationNumber ?? null, o.status],
  );
  if (o.status === 'vetted') {
    await manager.query(
      INSERT_DEMO_VETTING_SQL,
      [created.id, 'Organizzazione dimostrativa verificata dal seed.'],
    );
  }
  return created.id;
}

/** Creates the account unless its e-mail exists; staff get the demo TOTP secret. True when created. */
export async function upsertAccount(manager: EntityManager, a: DemoAccount, organisationIds: Map<string, string>, passwordHash: string, encryption: EncryptionService): Promise<boolean> {
  const [existing]: { id: string }[] = await manager.query(DEMO_ACCOUNT_BY_EMAIL_SQL, [a.email]);
  if (existing) return false;
  const [user]: { id: string }[] = await manager.query(
    INSERT_DEMO_ACCOUNT_SQL,
    [a.email, a.displayName, a.role, a.organisation ? organisationIds.get(a.organisation) : null, passwordHash],
  );
  if (a.role === 'coordinator' || a.role === 'counsellor') {
    await manager.query(SET_DEMO_TOTP_SQL, [user.id, encryption.encrypt(DEMO_TOTP_SECRET, `users.totp_secret:${user.id}`)]);
  }
  if (a.networks?.length) {
    await manager.query(INSERT_DEMO_MEMBERSHIPS_SQL, [user.id, a.networks]);
  }
  return true;
}

/** Demo organisations (three vetted, one pending for the vetting queue) and one account per role. */
export const demoIdentitySeeder: Seeder = {
  key: 'identity',
  after: ['reference', 'networks'],
  name: 'demo accounts and organisations',
  async run({ dataSource, log }) {
    const encryption = new EncryptionService(parseEnv(process.env));
    const passwordHash = await hash(DEMO_PASSWORD);
    const created = await seedAll(dataSource, encryption, passwordHash);
    for (const account of ACCOUNTS) log(`${account.email} (${account.role})${created.includes(account.email) ? '' : ' — già presente / already there'}`);
    log(`Password di tutti gli account demo / every demo account's password: ${DEMO_PASSWORD}`);
    log(`TOTP demo (SOLO DEMO / DEMO ONLY) di coordinatrice e consulenti: ${DEMO_TOTP_SECRET}`);
    log(`  ${authenticator.keyuri('coordinatrice@ponte.demo', 'Ponte', DEMO_TOTP_SECRET)}`);
  },
};

async function seedAll(dataSource: DataSource, encryption: EncryptionService, passwordHash: string): Promise<string[]> {
  return dataSource.transaction(async (manager) => {
    const organisationIds = new Map<string, string>();
    for (const o of ORGANISATIONS) organisationIds.set(o.key, await upsertOrganisation(manager, o));
    const created: string[] = [];
    for (const a of ACCOUNTS) if (await upsertAccount(manager, a, organisationIds, passwordHash, encryption)) created.push(a.email);
    return created;
  });
}
