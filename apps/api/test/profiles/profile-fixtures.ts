import type { Network, Organisation } from '@ponte/persistence';
import request from 'supertest';
import { createNetwork, createOrganisation, signedInUser, SignedIn } from '../fixtures';
import type { TestApp } from '../test-app';

/** Real ESCO v1.1.1 URIs (see ../shared/data/esco). */
export const SKILLS = {
  domesticCare: 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614',
  assistCustomers: 'http://data.europa.eu/esco/skill/61970f8b-099c-4e7e-82e0-9ccdced0baf3',
  cleanSurfaces: 'http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca',
  wordProcessing: 'http://data.europa.eu/esco/skill/81633a44-f1db-4a01-a940-804c6905e330',
  sewFabric: 'http://data.europa.eu/esco/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb',
} as const;
export const OCCUPATIONS = {
  shopAssistant: 'http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2',
  homeCareAide: 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60',
  kitchenAssistant: 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c',
} as const;
/** A start date inside the plausible window whatever day the tests run (`YYYY-MM-DD`, UTC). */
export const EARLIEST_START = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);

export const COMUNI = { milano: '015146', abbiategrasso: '015002', rho: '015182', sesto: '015209' } as const;

/** The few reference rows the profile tests refer to (comuni/comuni-milano.csv, ESCO). */
export async function seedReference(t: TestApp): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO comuni (istat_code, name, lat, lon) VALUES
       ('015146', 'Milano', 45.4668, 9.1905), ('015002', 'Abbiategrasso', 45.398733, 8.91623),
       ('015182', 'Rho', 45.528532, 9.04018), ('015209', 'Sesto San Giovanni', 45.535722, 9.237655)
     ON CONFLICT DO NOTHING`,
  );
  await t.dataSource.query(
    `INSERT INTO esco_concepts (uri, kind) SELECT unnest($1::text[]), 'skill' ON CONFLICT DO NOTHING`,
    [Object.values(SKILLS)],
  );
  await t.dataSource.query(
    `INSERT INTO esco_concepts (uri, kind) SELECT unnest($1::text[]), 'occupation' ON CONFLICT DO NOTHING`,
    [Object.values(OCCUPATIONS)],
  );
}

/** A complete, valid creation body; the overrides replace whole fields. */
export function profileBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ageBand: '35-44',
    homeComune: COMUNI.milano,
    eqfLevel: 3,
    targetOccupations: [OCCUPATIONS.homeCareAide],
    skills: [
      { uri: SKILLS.domesticCare, level: 'advanced', acquiredThrough: ['unpaid_care'], comment: 'Ha assistito la suocera anziana per sei anni' },
      { uri: SKILLS.cleanSurfaces, level: 'intermediate', acquiredThrough: ['work', 'unpaid_care'] },
    ],
    languages: [
      { code: 'it', cefr: 'B2' },
      { code: 'ar', cefr: 'C2' },
    ],
    weeklyHours: 25,
    shifts: ['morning', 'afternoon'],
    earliestStart: EARLIEST_START,
    maxCommuteKm: 15,
    commuteMeans: ['public_transport'],
    contracts: ['tempo_determinato', 'tempo_indeterminato'],
    accommodations: ['flexible_hours', 'childcare'],
    notes: 'Disponibile dopo le udienze del mattino; preferisce ambienti con poche persone.',
    ...overrides,
  };
}

export async function createProfile(t: TestApp, who: SignedIn, overrides: Record<string, unknown> = {}): Promise<{ id: string; pseudonymCode: string }> {
  const res = await request(t.server).post('/api/profiles').set('Authorization', who.auth).send(profileBody(overrides));
  if (res.status !== 201) throw new Error(`profile creation answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface ProfileWorld {
  network: Network;
  otherNetwork: Network;
  counsellor: SignedIn;
  colleague: SignedIn;
  outsider: SignedIn;
  organisation: Organisation;
}

/** Two networks; two counsellors in the first, one in the second; one vetted company. */
export async function profileWorld(t: TestApp): Promise<ProfileWorld> {
  await seedReference(t);
  const network = await createNetwork(t);
  const otherNetwork = await createNetwork(t);
  return {
    network,
    otherNetwork,
    counsellor: await signedInUser(t, 'counsellor', { networks: [network] }),
    colleague: await signedInUser(t, 'counsellor', { networks: [network] }),
    outsider: await signedInUser(t, 'counsellor', { networks: [otherNetwork] }),
    organisation: await createOrganisation(t),
  };
}
