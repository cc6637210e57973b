import { generatePseudonymCode } from '@ponte/domain';
import { builtInComuni } from '@ponte/matching';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * FOR TESTS: a deterministic volume of matchable data written in bulk: organisations (one in
 * twenty suspended), published offers and courses across the comuni with skills from a small
 * vocabulary (so that many pairs match), profiles with skills, a matching consent, and for a
 * third of them an exclusion area or a blocked organisation. Enough work per profile for a
 * recomputation to take measurable time, without the ESCO files.
 */
export interface MatchingVolume {
  networkId: string;
  organisationIds: string[];
  profileIds: string[];
}

export const VOLUME_SKILL = (n: number): string => `urn:ponte-test:skill:${n}`;
const SKILLS = 40;
const SHIFTS = ['morning', 'afternoon', 'evening', 'night', 'weekend'];
const CONTRACTS = ['tirocinio', 'apprendistato', 'tempo_determinato', 'tempo_indeterminato', 'other'];

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const some = <T>(xs: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(xs)))];
  return { next, int, pick, some };
}

export async function seedMatchingVolume(
  ds: DataSource,
  sizes: { profiles: number; offers: number; courses: number; organisations?: number },
  seed = 7,
): Promise<MatchingVolume> {
  const r = prng(seed);
  // The busiest comuni first (Milano and its belt): most listings and profiles are near each other.
  const comuni = builtInComuni().codes.slice(0, 40);
  const skills = Array.from({ length: SKILLS }, (_, i) => VOLUME_SKILL(i));
  const [{ id: networkId }] = await ds.query(`INSERT INTO networks (code, name, lead_comune) VALUES ($1, 'Rete volume', '015146') RETURNING id`, [`vol-${randomUUID().slice(0, 8)}`]);
  const [{ id: counsellorId }] = await ds.query(
    `INSERT INTO users (email, display_name, role, totp_enabled_at) VALUES ($1, 'Operatrice', 'counsellor', now()) RETURNING id`,
    [`volume.${randomUUID().slice(0, 8)}@ponte.test`],
  );
  const organisationIds: string[] = (
    await ds.query(
      `INSERT INTO organisations (kind, legal_name, status) SELECT 'company', 'Impresa volume ' || g, CASE WHEN g % 20 = 0 THEN 'suspended' ELSE 'vetted' END
       FROM generate_series(1, $1) g RETURNING id`,
      [sizes.organisations ?? 40],
    )
  ).map((row: { id: string }) => row.id);
  const listing = () => ({ org: r.pick(organisationIds), comune: r.pick(comuni), remote: r.next() < 0.05, shifts: r.some(SHIFTS, r.int(1, 3)) });

  const offers = Array.from({ length: sizes.offers }, () => ({ ...listing(), essential: r.some(skills, r.int(2, 5)), optional: r.some(skills, r.int(0, 3)), hours: r.pick([20, 30, 40]), contract: r.pick(CONTRACTS) }));
  for (let i = 0; i < offers.length; i += 2000) {
    const part = offers.slice(i, i + 2000);
    await ds.query(
      `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, published_at, essential_skills, optional_skills)
       SELECT o, 'Offerta', 'Generata', CASE WHEN rm THEN 'remote' ELSE 'on_site' END, c, h, string_to_array(sh, ','), ct, 2, current_date + 60, 'published', now(),
              string_to_array(es, ','), string_to_array(os, ',')
       FROM unnest($1::uuid[], $2::text[], $3::bool[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[]) AS x(o, c, rm, h, sh, ct, es, os)`,
      [
        part.map((o) => o.org), part.map((o) => o.comune), part.map((o) => o.remote), part.map((o) => o.hours), part.map((o) => o.shifts.join(',')),
        part.map((o) => o.contract), part.map((o) => o.essential.join(',')), part.map((o) => o.optional.filter((s) => !o.essential.includes(s)).join(',')),
      ],
    );
  }
  const courses = Array.from({ length: sizes.courses }, () => ({ ...listing(), taught: r.some(skills, r.int(1, 4)) }));
  if (courses.length) {
    await ds.query(
      `INSERT INTO courses (organisation_id, title, description, skills_taught, work_mode, comune, shifts, total_hours, start_date, end_date, deadline, seats, cost, status, published_at)
       SELECT o, 'Corso', 'Generato', string_to_array(t, ','), CASE WHEN rm THEN 'remote' ELSE 'on_site' END, c, string_to_array(sh, ','), 80,
              current_date + 30, current_date + 90, current_date + 20, 10, 'free', 'published', now()
       FROM unnest($1::uuid[], $2::text[], $3::bool[], $4::text[], $5::text[]) AS x(o, c, rm, sh, t)`,
      [courses.map((c) => c.org), courses.map((c) => c.comune), courses.map((c) => c.remote), courses.map((c) => c.shifts.join(',')), courses.map((c) => c.taught.join(','))],
    );
  }

  const profiles = Array.from({ length: sizes.profiles }, () => ({
    id: randomUUID(),
    home: r.pick(comuni),
    commute: r.pick([5, 10, 15, 20, 30]),
    shifts: r.some(SHIFTS, r.int(1, 4)),
    hours: r.pick([20, 25, 30, 36, 40]),
    skills: r.some(skills, r.int(3, 9)),
    exclusion: r.next() < 0.2 ? r.pick(comuni) : null,
    blocked: r.next() < 0.1 ? r.pick(organisationIds) : null,
  }));
  for (let i = 0; i < profiles.length; i += 2000) {
    const part = profiles.slice(i, i + 2000);
    await ds.query(
      `INSERT INTO profiles (id, pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km)
       SELECT id, code, $6, $7, '35-44', h, w, string_to_array(sh, ','), km FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $8::int[]) AS x(id, code, h, w, sh, km)`,
      [part.map((p) => p.id), part.map(() => generatePseudonymCode()), part.map((p) => p.home), part.map((p) => p.hours), part.map((p) => p.shifts.join(',')), networkId, counsellorId, part.map((p) => p.commute)],
    );
  }
  const skillRows = profiles.flatMap((p) => p.skills.map((s, position) => [p.id, s, position] as const));
  await ds.query(
    `INSERT INTO profile_skills (profile_id, skill_uri, position, level, acquired_through) SELECT p, s, n, 'intermediate', '{work}' FROM unnest($1::uuid[], $2::text[], $3::int[]) AS x(p, s, n)`,
    [skillRows.map((s) => s[0]), skillRows.map((s) => s[1]), skillRows.map((s) => s[2])],
  );
  const excluded = profiles.filter((p) => p.exclusion);
  await ds.query(`INSERT INTO profile_exclusions (profile_id, comune, radius_km) SELECT * FROM unnest($1::uuid[], $2::text[], $3::numeric[])`, [
    excluded.map((p) => p.id), excluded.map((p) => p.exclusion), excluded.map(() => 3),
  ]);
  const blocking = profiles.filter((p) => p.blocked);
  await ds.query(`INSERT INTO profile_blocked_organisations (profile_id, organisation_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [blocking.map((p) => p.id), blocking.map((p) => p.blocked)]);
  await ds.query(`INSERT INTO consents (profile_id, kind, basis, recorded_by) SELECT id, 'matching', 'explicit_verbal', $1 FROM profiles WHERE network_id = $2`, [counsellorId, networkId]);
  return { networkId, organisationIds, profileIds: profiles.map((p) => p.id).sort() };
}
