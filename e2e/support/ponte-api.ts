import { hash } from '@node-rs/argon2';
import { authenticator } from 'otplib';
import pg from 'pg';
import { PORTALS } from '../playwright.config';

/**
 * Direct API calls for the browser tests: what the other actors (the steering committee's
 * coordinator, a counsellor) do while the test drives the partner portal.
 *
 * The demo seed has no staff accounts yet, so `bootstrapStaff` creates one in the test
 * database with a password only; signing in then walks the real TOTP enrolment (the secret
 * comes back from the API and the codes are computed here).
 */

export interface ApiError extends Error {
  status: number;
  body: unknown;
}

export async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${PORTALS.api}/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': 'it',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = new Error(`${method} ${path} → ${response.status}: ${text}`) as ApiError;
    error.status = response.status;
    error.body = parsed;
    throw error;
  }
  return parsed as T;
}

export const STAFF_PASSWORD = 'Ponte-e2e-passphrase-2026';

/** Inserts a coordinator or counsellor (with network memberships) straight into the test database. */
export async function bootstrapStaff(role: 'coordinator' | 'counsellor', email: string, networkIds: string[] = []): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (email, display_name, role, password_hash, password_changed_at)
       VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [email, role === 'coordinator' ? 'Coordinatrice e2e' : 'Operatrice e2e', role, await hash(STAFF_PASSWORD)],
    );
    for (const networkId of networkIds) {
      await client.query(`INSERT INTO network_memberships (user_id, network_id) VALUES ($1, $2)`, [rows[0].id, networkId]);
    }
    return rows[0].id;
  } finally {
    await client.end();
  }
}

interface SignedIn {
  accessToken: string;
  user: { id: string };
}

/** Password, then TOTP enrolment on first sign-in (or a TOTP code with the secret kept from it). */
export async function signInStaff(email: string, secrets: Map<string, string>): Promise<string> {
  const first = await call<{ mfaEnrolmentRequired?: boolean; enrolmentToken?: string; mfaRequired?: boolean; mfaToken?: string }>(
    'POST',
    '/auth/login',
    undefined,
    { email, password: STAFF_PASSWORD },
  );
  if (first.mfaEnrolmentRequired && first.enrolmentToken) {
    const enrolment = await call<{ secret: string }>('POST', '/auth/mfa/enrolment', undefined, { enrolmentToken: first.enrolmentToken });
    secrets.set(email, enrolment.secret);
    const done = await call<SignedIn>('POST', '/auth/mfa/enrolment/confirm', undefined, {
      enrolmentToken: first.enrolmentToken,
      code: authenticator.generate(enrolment.secret),
    });
    return done.accessToken;
  }
  const secret = secrets.get(email);
  if (!first.mfaRequired || !first.mfaToken || !secret) throw new Error(`unexpected sign-in answer for ${email}`);
  const done = await call<SignedIn>('POST', '/auth/login/totp', undefined, { mfaToken: first.mfaToken, code: authenticator.generate(secret) });
  return done.accessToken;
}

export interface World {
  coordinator: string;
  counsellor: string;
  counsellorId: string;
  networkId: string;
}

/** A network (Milano and neighbours), its coordinator and one counsellor, all signed in. */
export async function staffWorld(suffix: string): Promise<World> {
  const secrets = new Map<string, string>();
  const coordinatorEmail = `coordinatrice.${suffix}@ponte.test`;
  await bootstrapStaff('coordinator', coordinatorEmail);
  const coordinator = await signInStaff(coordinatorEmail, secrets);
  // The network covering Milano: the seed's when there is one, else a new one.
  const networks = await call<{ items: { id: string; comuni: string[] }[] }>('GET', '/networks?pageSize=100', coordinator);
  const network =
    networks.items.find((n) => n.comuni.includes('015146')) ??
    (await call<{ id: string }>('POST', '/networks', coordinator, {
      code: `e2e-${suffix}`,
      name: `Rete antiviolenza e2e ${suffix}`,
      leadComune: '015146',
      comuni: ['015146', '015209'],
    }));
  const counsellorEmail = `operatrice.${suffix}@ponte.test`;
  const counsellorId = await bootstrapStaff('counsellor', counsellorEmail, [network.id]);
  const counsellor = await signInStaff(counsellorEmail, secrets);
  return { coordinator, counsellor, counsellorId, networkId: network.id };
}

/** The coordinator vets the organisation registered under `legalName`. */
export async function vetOrganisation(world: World, legalName: string): Promise<string> {
  const queue = await call<{ items: { id: string; legalName: string }[] }>('GET', '/vetting/queue?pageSize=100', world.coordinator);
  const organisation = queue.items.find((o) => o.legalName === legalName);
  if (!organisation) throw new Error(`${legalName} is not in the vetting queue`);
  await call('POST', `/organisations/${organisation.id}/vetting-decisions`, world.coordinator, {
    decision: 'vet',
    reason: 'Visura camerale e dichiarazione OIL C190 verificate.',
  });
  return organisation.id;
}

/**
 * The counsellor builds a pseudonymised profile whose skills fit the offer, records the
 * woman's consents (to be matched, to share her card with this organisation), shortlists the
 * offer and proposes her. Returns the proposal id.
 */
export async function proposeCandidate(
  world: World,
  target: { kind: 'offer' | 'course'; id: string; organisationId: string; skills: string[] },
): Promise<string> {
  const profile = await call<{ id: string }>('POST', '/profiles', world.counsellor, {
    networkId: world.networkId,
    counsellorId: world.counsellorId,
    ageBand: '35-44',
    homeComune: '015146',
    eqfLevel: 3,
    targetOccupations: [],
    skills: target.skills.map((uri) => ({ uri, level: 'intermediate', acquiredThrough: ['work'] })),
    languages: [{ code: 'it', cefr: 'B2' }],
    weeklyHours: 30,
    shifts: ['morning', 'afternoon'],
    maxCommuteKm: 25,
    commuteMeans: ['public_transport'],
    contracts: [],
    accommodations: ['flexible_hours'],
    exclusions: [],
    blockedOrganisations: [],
  });
  await call('POST', `/profiles/${profile.id}/consents`, world.counsellor, { kind: 'matching', basis: 'signed_form' });
  await call('POST', `/profiles/${profile.id}/consents`, world.counsellor, {
    kind: 'share_card',
    organisationId: target.organisationId,
    basis: 'signed_form',
  });
  const entry = await call<{ id: string }>('POST', `/profiles/${profile.id}/shortlist`, world.counsellor, {
    kind: target.kind,
    targetId: target.id,
    source: 'search',
  });
  const proposal = await call<{ id: string }>('POST', `/profiles/${profile.id}/proposals`, world.counsellor, {
    shortlistEntryId: entry.id,
    coverMessage: 'Ha lavorato per anni in un magazzino della grande distribuzione; disponibile dal mese prossimo.',
  });
  return proposal.id;
}
