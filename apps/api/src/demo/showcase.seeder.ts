import { hash } from '@node-rs/argon2';
import { parseEnv } from '@ponte/config';
import { generatePseudonymCode } from '@ponte/domain';
import { recordIndicator, SEALED_WITH } from '@ponte/persistence';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EncryptionService } from '../common/crypto/encryption.service';
import { DEMO_PASSWORD, upsertAccount, type DemoAccount } from '../organisations/demo-identity.seeder';
import { reindexCommand } from '../search/reindex.command';
import type { Seeder } from '../common/seed/seeder';
import { insertListings, planCatalogue, type PlannedOrganisation } from './demo-catalogue';
import { demoAccreditation, demoFiscalNumber, SHOWCASE_ORGANISATIONS } from './demo-organisations';
import { DemoRandom } from './demo-random';
import { loadDemoReference, type DemoReference } from './demo-reference';
import { planProfiles, type PlannedProfile } from './showcase-profiles';
import { planShowcaseProposals } from './showcase-plan';
import type { SeededListing, SeededProfile } from './showcase-proposals';
import {
  DEMO_PARTNERS_SQL,
  INSERT_MATCHING_CONSENT_SQL,
  INSERT_SHOWCASE_EXCLUSION_SQL,
  INSERT_SHOWCASE_LANGUAGE_SQL,
  INSERT_SHOWCASE_ORGANISATION_SQL,
  INSERT_SHOWCASE_PROFILE_SQL,
  INSERT_SHOWCASE_SKILL_SQL,
  LOCK_SHOWCASE_SQL,
  PARTNER_USERS_SQL,
  SHOWCASE_COUNSELLORS_SQL,
  SHOWCASE_PRESENT_SQL,
  SHOWCASE_SUSPENDED_SQL,
  SHOWCASE_VETTED_SQL,
  VETTED_ORGANISATIONS_SQL,
} from './showcase.sql';

/** The PRNG seed: the same on every machine, so every demo database tells the same story. */
export const SHOWCASE_SEED = 19;

/** One counsellor per network without a demo counsellor, so every network has a caseload. */
export const SHOWCASE_COUNSELLORS: DemoAccount[] = [
  { email: 'consulente.rho@ponte.demo', displayName: 'Consulente Rhodense', role: 'counsellor', networks: ['nord-ovest'] },
  { email: 'consulente.legnano@ponte.demo', displayName: 'Consulente Ovest Milanese', role: 'counsellor', networks: ['ovest'] },
  { email: 'consulente.sud@ponte.demo', displayName: 'Consulente Sud Milano', role: 'counsellor', networks: ['sud'] },
  { email: 'consulente.martesana@ponte.demo', displayName: 'Consulente Adda Martesana', role: 'counsellor', networks: ['adda-martesana'] },
];

/** The demo accounts' organisations get listings too, so their portal pages have content. */
const DEMO_PARTNERS: Record<string, { sectors: string[]; offers: number; courses: number }> = {
  'Acme Servizi S.r.l.': { sectors: ['cleaning', 'office', 'logistics', 'hospitality'], offers: 12, courses: 0 },
  'ENAIP Lombardia – sede demo': { sectors: ['care', 'cleaning', 'hospitality', 'retail', 'logistics', 'office', 'manufacturing'], offers: 0, courses: 14 },
  'CGIL Camera del Lavoro Metropolitana – demo': { sectors: ['office', 'manufacturing', 'care'], offers: 4, courses: 3 },
};

export interface ShowcaseSummary {
  organisations: number;
  offers: number;
  courses: number;
  profiles: number;
  proposals: number;
}

async function insertOrganisations(manager: EntityManager): Promise<PlannedOrganisation[]> {
  const planned: PlannedOrganisation[] = [];
  for (const [n, o] of SHOWCASE_ORGANISATIONS.entries()) {
    const fiscal = o.kind === 'union' ? null : demoFiscalNumber(n, '0');
    const slug = o.legalName.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').slice(0, 30);
    const [row]: { id: string }[] = await manager.query(
      INSERT_SHOWCASE_ORGANISATION_SQL,
      [o.kind, o.legalName, fiscal, fiscal ?? demoFiscalNumber(n, '8'), o.atecoCode, o.seatComune, `lavoro@${slug}.demo`,
        o.kind === 'training_body' ? demoAccreditation(n) : null, o.status],
    );
    if (o.status !== 'pending') {
      await manager.query(
        SHOWCASE_VETTED_SQL,
        [row.id, 'Visura camerale, partita IVA e dichiarazione contro le molestie verificate.'],
      );
    }
    if (o.status === 'suspended') {
      await manager.query(
        SHOWCASE_SUSPENDED_SQL,
        [row.id, 'Sospesa in attesa di chiarimenti sulle condizioni contrattuali offerte.'],
      );
    }
    const company = o.kind === 'company';
    planned.push({
      id: row.id, kind: o.kind, seatComune: o.seatComune, sectors: o.sectors,
      offers: o.status === 'pending' ? 0 : company ? 12 : o.kind === 'union' ? 3 : 0,
      courses: o.status === 'pending' || company ? 0 : o.kind === 'union' ? 3 : 10,
    });
  }
  const demo: { id: string; kind: PlannedOrganisation['kind']; seat: string; name: string }[] = await manager.query(
    DEMO_PARTNERS_SQL,
    [Object.keys(DEMO_PARTNERS)],
  );
  for (const d of demo) planned.push({ id: d.id, kind: d.kind, seatComune: d.seat ?? '015146', ...DEMO_PARTNERS[d.name] });
  return planned;
}

async function insertProfile(manager: EntityManager, encryption: EncryptionService, random: DemoRandom, p: PlannedProfile, networkId: string, counsellorId: string): Promise<string> {
  const id = randomUUID();
  const created = new Date(Date.now() - p.createdDaysAgo * 86_400_000);
  await manager.query(
    INSERT_SHOWCASE_PROFILE_SQL,
    [id, generatePseudonymCode((bytes) => random.bytes(bytes)), networkId, counsellorId, p.ageBand, p.homeComune, p.eqf, p.targets.map((t) => t.uri),
      p.weeklyHours, p.shifts, p.maxCommuteKm, p.commute, p.contracts, p.accommodations, encryption.encrypt(p.notes, SEALED_WITH.profileNotes(id)), created],
  );
  for (const [position, s] of p.skills.entries()) {
    await manager.query(INSERT_SHOWCASE_SKILL_SQL, [
      id, s.uri, s.level, s.acquired, encryption.seal(SEALED_WITH.skillComment(id, s.uri), s.comment ?? undefined), position,
    ]);
  }
  for (const [code, cefr] of p.languages) await manager.query(INSERT_SHOWCASE_LANGUAGE_SQL, [id, code, cefr]);
  if (p.exclusion) await manager.query(INSERT_SHOWCASE_EXCLUSION_SQL, [id, p.exclusion.comune, p.exclusion.radiusKm]);
  await recordIndicator(manager, { networkId, event: 'profile_created', at: created });
  if (p.matchingBasis) {
    await manager.query(INSERT_MATCHING_CONSENT_SQL, [id, p.matchingBasis, counsellorId, created]);
    await recordIndicator(manager, { networkId, event: 'consent_recorded', at: created });
  }
  return id;
}

async function seedShowcase(manager: EntityManager, encryption: EncryptionService, passwordHash: string, reference: DemoReference): Promise<ShowcaseSummary> {
  const random = new DemoRandom(SHOWCASE_SEED);
  for (const account of SHOWCASE_COUNSELLORS) await upsertAccount(manager, account, new Map(), passwordHash, encryption);
  const organisations = await insertOrganisations(manager);
  const vetted = new Set<string>(
    (await manager.query(VETTED_ORGANISATIONS_SQL)).map((r: { id: string }) => r.id),
  );
  const plannedListings = planCatalogue(random, reference, organisations);
  const listingIds = await insertListings(manager, plannedListings);
  const listings: SeededListing[] = plannedListings.map((plan, i) => ({ id: listingIds[i], plan, vetted: vetted.has(plan.organisationId) }));

  const counsellors: { id: string; code: string; networkId: string }[] = await manager.query(
    SHOWCASE_COUNSELLORS_SQL,
  );
  const byNetwork = new Map(counsellors.map((c) => [c.code, c]));
  const profiles: SeededProfile[] = [];
  for (const plan of planProfiles(random, reference)) {
    const counsellor = byNetwork.get(plan.networkCode);
    if (!counsellor) continue;
    profiles.push({ id: await insertProfile(manager, encryption, random, plan, counsellor.networkId, counsellor.id), networkId: counsellor.networkId, counsellorId: counsellor.id, plan });
  }
  const proposals = await planShowcaseProposals({ manager, random, reference, encryption, now: new Date(), partnerUsers: await partnerUsers(manager) }, profiles, listings);
  return {
    organisations: SHOWCASE_ORGANISATIONS.length,
    offers: plannedListings.filter((l) => l.kind === 'offer').length,
    courses: plannedListings.filter((l) => l.kind === 'course').length,
    profiles: profiles.length,
    proposals,
  };
}

async function partnerUsers(manager: EntityManager): Promise<Map<string, string[]>> {
  const rows: { id: string; organisationId: string }[] = await manager.query(
    PARTNER_USERS_SQL,
  );
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.organisationId, [...(map.get(r.organisationId) ?? []), r.id]);
  return map;
}

/**
 * The demo showcase (issue 19): about forty organisations, three hundred offers, eighty
 * courses, sixty profiles across the six networks and their proposals in every state, in
 * Italian, so every page of both portals has something real-looking to show. Deterministic
 * (SHOWCASE_SEED) and all-or-nothing: one transaction, skipped once its first organisation
 * exists. Runs after the identity, profiles and catalogue seeders (it reuses their accounts
 * and organisations). DEMO_SHOWCASE=false leaves it out (the browser tests' small world).
 */
export const showcaseSeeder: Seeder = {
  key: 'showcase',
  after: ['reference', 'identity', 'profiles', 'catalogue'],
  name: 'demo showcase (organisations, offers, courses, profiles, proposals)',
  async run({ dataSource, log }) {
    if (process.env['DEMO_SHOWCASE'] === 'false') {
      log('skipped: DEMO_SHOWCASE=false');
      return;
    }
    const started = Date.now();
    const encryption = new EncryptionService(parseEnv(process.env));
    const passwordHash = await hash(DEMO_PASSWORD);
    const summary = await dataSource.transaction(async (manager) => {
      await manager.query(LOCK_SHOWCASE_SQL);
      const [done] = await manager.query(SHOWCASE_PRESENT_SQL, [SHOWCASE_ORGANISATIONS[0].legalName]);
      if (done) return 'present' as const;
      const reference = await loadDemoReference(manager);
      if (reference.essential.size === 0) return 'no-reference' as const;
      return seedShowcase(manager, encryption, passwordHash, reference);
    });
    if (summary === 'present') return log('already there');
    if (summary === 'no-reference') return log('skipped: none of its ESCO occupations is loaded');
    log(
      `${summary.organisations} organisations, ${summary.offers} offers, ${summary.courses} courses, ${summary.profiles} profiles, ` +
        `${summary.proposals} proposals in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const account of SHOWCASE_COUNSELLORS) log(`${account.email} (${account.role}, ${account.networks?.join(', ')})`);
    await reindexCommand(parseEnv(process.env), dataSource, log).catch((error: Error) =>
      log(`not indexed (${error.message}): run "node dist/apps/api/cli.js reindex" once search is up`),
    );
  },
};
