import { parseEnv } from '@ponte/config';
import { generatePseudonymCode, type ConsentBasis } from '@ponte/domain';
import { recordIndicator, SEALED_WITH } from '@ponte/persistence';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EncryptionService } from '../common/crypto/encryption.service';
import type { Seeder } from '../common/seed/seeder';
import {
  ACME_SQL,
  COUNSELLOR_PROFILE_COUNT_SQL,
  DEMO_COUNSELLOR_SQL,
  INSERT_DEMO_CONSENT_SQL,
  INSERT_DEMO_EXCLUSION_SQL,
  INSERT_DEMO_LANGUAGE_SQL,
  INSERT_DEMO_PROFILE_SQL,
  INSERT_DEMO_SKILL_SQL,
} from './demo-profiles.seeder.sql';

const ESCO = 'http://data.europa.eu/esco';
/** Hand-picked skills of the full ESCO data (three of them are not in the built-in set). */
export const DEMO_PROFILE_SKILLS = {
  domesticCare: `${ESCO}/skill/0e2c082a-056c-413c-94d1-581a0133e614`,
  assistCustomers: `${ESCO}/skill/61970f8b-099c-4e7e-82e0-9ccdced0baf3`,
  cleanSurfaces: `${ESCO}/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca`,
  wordProcessing: `${ESCO}/skill/81633a44-f1db-4a01-a940-804c6905e330`,
  sewFabric: `${ESCO}/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb`,
  cleaningTechniques: `${ESCO}/skill/ce2dbe33-9e13-47bb-91bf-00cf799ac34c`,
};
const OCCUPATION = {
  shopAssistant: `${ESCO}/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2`,
  homeCareAide: `${ESCO}/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60`,
  domesticCleaner: `${ESCO}/occupation/cbad55a4-c7cf-4ab6-9540-eac72b26729b`,
  kitchenAssistant: `${ESCO}/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c`,
};

interface DemoProfile {
  ageBand: string;
  homeComune: string;
  eqf: number | null;
  targets: string[];
  skills: [uri: string, level: string, acquired: string[], comment: string | null][];
  languages: [code: string, cefr: string][];
  weeklyHours: number;
  shifts: string[];
  maxCommuteKm: number;
  commute: string[];
  contracts: string[];
  accommodations: string[];
  notes: string;
  exclusions?: [comune: string, radiusKm: number][];
  consents: ('matching' | 'share_card:acme')[];
}

/** Fictional, identifier-free profiles: what a counsellor would record after a first interview. */
const PROFILES: DemoProfile[] = [
  {
    ageBand: '35-44', homeComune: '015146', eqf: 3, targets: [OCCUPATION.homeCareAide],
    skills: [[DEMO_PROFILE_SKILLS.domesticCare, 'advanced', ['unpaid_care'], 'Dieci anni di cura di un familiare non autosufficiente'], [DEMO_PROFILE_SKILLS.cleaningTechniques, 'intermediate', ['work'], null]],
    languages: [['it', 'B2'], ['ar', 'C2']], weeklyHours: 25, shifts: ['morning', 'afternoon'], maxCommuteKm: 12,
    commute: ['public_transport'], contracts: ['tempo_determinato', 'tempo_indeterminato'], accommodations: ['flexible_hours', 'childcare'],
    notes: 'Udienze in tribunale il martedì mattina fino a marzo.', consents: ['matching', 'share_card:acme'],
  },
  {
    ageBand: '25-34', homeComune: '015146', eqf: 4, targets: [OCCUPATION.shopAssistant],
    skills: [[DEMO_PROFILE_SKILLS.assistCustomers, 'intermediate', ['work'], 'Commessa in un negozio di abbigliamento per due anni'], [DEMO_PROFILE_SKILLS.wordProcessing, 'basic', ['training'], null]],
    languages: [['it', 'C2'], ['en', 'B1']], weeklyHours: 30, shifts: ['morning', 'afternoon', 'weekend'], maxCommuteKm: 20,
    commute: ['public_transport', 'bike'], contracts: ['apprendistato', 'tempo_determinato'], accommodations: ['confidential_hr'],
    notes: 'Preferisce un ambiente con referente HR riservato.', exclusions: [['015209', 5]], consents: ['matching'],
  },
  {
    ageBand: '45-54', homeComune: '015209', eqf: 2, targets: [OCCUPATION.kitchenAssistant, OCCUPATION.domesticCleaner],
    skills: [[DEMO_PROFILE_SKILLS.cleanSurfaces, 'advanced', ['work', 'unpaid_care'], null], [DEMO_PROFILE_SKILLS.sewFabric, 'intermediate', ['volunteering'], 'Laboratorio di sartoria in parrocchia']],
    languages: [['it', 'A2'], ['es', 'C2']], weeklyHours: 20, shifts: ['morning'], maxCommuteKm: 8,
    commute: ['walk', 'public_transport'], contracts: ['tirocinio', 'tempo_determinato'], accommodations: ['part_time', 'transport'],
    notes: 'Sta frequentando un corso di italiano A2.', consents: ['matching'],
  },
  {
    ageBand: '18-24', homeComune: '015182', eqf: 3, targets: [OCCUPATION.shopAssistant],
    skills: [[DEMO_PROFILE_SKILLS.assistCustomers, 'basic', ['volunteering'], 'Volontariato in un emporio solidale']],
    languages: [['it', 'C1']], weeklyHours: 36, shifts: ['afternoon', 'evening'], maxCommuteKm: 15,
    commute: ['public_transport'], contracts: ['tirocinio', 'apprendistato'], accommodations: [],
    notes: 'Consenso al matching da raccogliere al prossimo colloquio.', consents: [],
  },
];

/** Demo counsellors and how many profiles each gets (network partition: see networks.seeder). */
const COUNSELLORS: Record<string, number[]> = {
  'consulente.milano@ponte.demo': [0, 1, 3],
  'consulente.nord@ponte.demo': [2, 0],
};

/**
 * A few demo profiles per demo counsellor, with encrypted notes, consents and one exclusion
 * area. Idempotent: a counsellor who already follows profiles gets none. Matches are not
 * computed here: the matching worker picks profiles up on its own.
 */
export const demoProfilesSeeder: Seeder = {
  key: 'profiles',
  after: ['reference', 'identity'],
  name: 'demo profiles',
  async run({ dataSource, log }) {
    const encryption = new EncryptionService(parseEnv(process.env));
    for (const [email, indexes] of Object.entries(COUNSELLORS)) {
      const created = await dataSource.transaction(async (manager) => {
        const [counsellor]: { id: string; networkId: string }[] = await manager.query(
          DEMO_COUNSELLOR_SQL,
          [email],
        );
        if (!counsellor) return null;
        const [{ count }] = await manager.query(COUNSELLOR_PROFILE_COUNT_SQL, [counsellor.id]);
        if (count > 0) return 0;
        const [acme]: { id: string }[] = await manager.query(ACME_SQL);
        for (const index of indexes) await insertProfile(manager, encryption, counsellor, PROFILES[index], acme?.id ?? null);
        return indexes.length;
      });
      log(created === null ? `${email}: account assente / no such account` : `${email}: ${created} profili / profiles`);
    }
  },
};

async function insertProfile(
  manager: EntityManager,
  encryption: EncryptionService,
  counsellor: { id: string; networkId: string },
  p: DemoProfile,
  acmeId: string | null,
): Promise<void> {
  const id = randomUUID();
  await manager.query(
    INSERT_DEMO_PROFILE_SQL,
    [id, generatePseudonymCode(), counsellor.networkId, counsellor.id, p.ageBand, p.homeComune, p.eqf, p.targets, p.weeklyHours,
      p.shifts, p.maxCommuteKm, p.commute, p.contracts, p.accommodations, encryption.encrypt(p.notes, SEALED_WITH.profileNotes(id))],
  );
  for (const [position, [uri, level, acquired, comment]] of p.skills.entries()) {
    await manager.query(
      INSERT_DEMO_SKILL_SQL,
      [id, uri, level, acquired, encryption.seal(SEALED_WITH.skillComment(id, uri), comment), position],
    );
  }
  for (const [code, cefr] of p.languages) await manager.query(INSERT_DEMO_LANGUAGE_SQL, [id, code, cefr]);
  for (const [comune, radiusKm] of p.exclusions ?? []) await manager.query(INSERT_DEMO_EXCLUSION_SQL, [id, comune, radiusKm]);
  for (const consent of p.consents) {
    const organisationId = consent === 'share_card:acme' ? acmeId : null;
    if (consent !== 'matching' && !organisationId) continue;
    const basis: ConsentBasis = consent === 'matching' ? 'explicit_verbal' : 'signed_form';
    await manager.query(INSERT_DEMO_CONSENT_SQL, [
      id, consent === 'matching' ? 'matching' : 'share_card', organisationId, basis, counsellor.id,
    ]);
  }
  await recordIndicator(manager, { networkId: counsellor.networkId, event: 'profile_created' });
}
