/**
 * Writes the generated benchmark data (libs/matching/bench/generate.ts, engine vocabulary) into
 * Ponte's tables, mapped to Ponte's vocabulary: uuids, Italian contract types, seats as
 * seats/seats_filled, deadlines as dates. Bulk inserts with unnest, in chunks.
 */
import { generatePseudonymCode } from '@ponte/domain';
import type { Contract, Course, Offer, Profile } from '@ponte/matching';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

const CONTRACT: Record<Contract, string> = {
  permanent: 'tempo_indeterminato',
  fixed_term: 'tempo_determinato',
  apprenticeship: 'apprendistato',
  internship: 'tirocinio',
  temporary: 'other',
  self_employed: 'other',
};
const FAR = '2099-12-31';

/** What libs/matching/bench/generate.ts produces (engine vocabulary). */
export interface Dataset {
  profiles: Profile[];
  offers: Offer[];
  courses: Course[];
}

async function insert(ds: DataSource, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]): Promise<void> {
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000);
    await ds.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${names.map((n, k) => `$${k + 1}::${columns[n]}[]`).join(', ')})`,
      names.map((n) => part.map((r) => r[n])),
    );
  }
}

export interface InsertedIds {
  profiles: string[];
  openOffers: string[];
  openCourses: string[];
}

export async function insertDataset(ds: DataSource, data: Dataset): Promise<InsertedIds> {
  const [{ id: networkId }] = await ds.query(`INSERT INTO networks (code, name, lead_comune) VALUES ('bench', 'Rete bench', '015146') RETURNING id`);
  const [{ id: counsellorId }] = await ds.query(
    `INSERT INTO users (email, display_name, role, totp_enabled_at) VALUES ('bench@ponte.test', 'Operatrice', 'counsellor', now()) RETURNING id`,
  );
  // Organisation status lives on the organisation: the generator's per-listing status decides
  // which of its 800 organisations are suspended (most vetted).
  const organisations = new Map<string, { id: string; status: string }>();
  const orgOf = (key: string | undefined, status: string | undefined) => {
    const k = key ?? 'org-x';
    if (!organisations.has(k)) organisations.set(k, { id: randomUUID(), status: status === 'vetted' || status === undefined ? 'vetted' : 'suspended' });
    return organisations.get(k) as { id: string; status: string };
  };
  const offers = data.offers.map((o) => ({
    id: randomUUID(),
    organisation_id: orgOf(o.organisationId, o.organisationStatus).id,
    title: 'Offerta',
    description: 'Generata per il benchmark',
    occupation_uri: o.occupation ?? null,
    essential_skills: o.essentialSkills,
    optional_skills: (o.optionalSkills ?? []).filter((s) => !o.essentialSkills.includes(s)),
    languages: o.languages ?? [],
    min_eqf: o.minEqf ?? null,
    work_mode: o.remote ? 'remote' : 'on_site',
    comune: o.comune,
    weekly_hours: o.weeklyHours,
    shifts: o.shifts,
    contract: o.contract ? CONTRACT[o.contract] : 'other',
    seats: Math.max(1, o.seats),
    seats_filled: o.seats > 0 ? 0 : 1,
    deadline: o.deadline ?? FAR,
    accommodations: o.accommodations ?? [],
    status: o.status === 'published' ? 'published' : 'closed',
  }));
  const courses = data.courses.map((c) => ({
    id: randomUUID(),
    organisation_id: orgOf(c.organisationId, c.organisationStatus).id,
    title: 'Corso',
    description: 'Generato per il benchmark',
    skills_taught: c.skillsTaught,
    target_occupations: c.targetOccupations ?? [],
    work_mode: c.remote ? 'remote' : 'on_site',
    comune: c.comune,
    shifts: c.shifts,
    total_hours: c.hours ?? 80,
    start_date: c.startDate ?? FAR,
    end_date: c.startDate ?? FAR,
    deadline: c.startDate ?? FAR,
    seats: Math.max(1, c.seats),
    seats_filled: c.seats > 0 ? 0 : 1,
    cost: 'free',
    status: c.status === 'published' ? 'published' : 'draft',
  }));
  await insert(ds, 'organisations', { id: 'uuid', kind: 'text', legal_name: 'text', status: 'text' }, [...organisations.values()].map((o, i) => ({ ...o, kind: 'union', legal_name: `Organizzazione ${i}` })));
  // Arrays of arrays go through jsonb (unnest flattens text[][]).
  const arrays = (cols: string[]) => cols.map((c) => `(SELECT coalesce(array_agg(x), '{}') FROM jsonb_array_elements_text(r.${c}) x) AS ${c}`).join(', ');
  for (let i = 0; i < offers.length; i += 4000) {
    await ds.query(
      `INSERT INTO offers (id, organisation_id, title, description, occupation_uri, essential_skills, optional_skills, languages, min_eqf, work_mode,
                           comune, weekly_hours, shifts, contract, seats, seats_filled, deadline, accommodations, status, published_at)
       SELECT r.id, r.organisation_id, r.title, r.description, r.occupation_uri, ${arrays(['essential_skills', 'optional_skills'])}, r.languages, r.min_eqf,
              r.work_mode, r.comune, r.weekly_hours, ${arrays(['shifts'])}, r.contract, r.seats, r.seats_filled, r.deadline::date, ${arrays(['accommodations'])},
              r.status, now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organisation_id uuid, title text, description text, occupation_uri text, essential_skills jsonb,
            optional_skills jsonb, languages jsonb, min_eqf smallint, work_mode text, comune char(6), weekly_hours smallint, shifts jsonb, contract text,
            seats int, seats_filled int, deadline text, accommodations jsonb, status text)`,
      [JSON.stringify(offers.slice(i, i + 4000))],
    );
  }
  // In parts, as the offers: one statement for a region's 40,000 courses outlasts the statement timeout.
  for (let i = 0; i < courses.length; i += 4000) {
    await ds.query(
      `INSERT INTO courses (id, organisation_id, title, description, skills_taught, target_occupations, work_mode, comune, shifts, total_hours,
                            start_date, end_date, deadline, seats, seats_filled, cost, status, published_at)
       SELECT r.id, r.organisation_id, r.title, r.description, ${arrays(['skills_taught', 'target_occupations'])}, r.work_mode, r.comune, ${arrays(['shifts'])},
              r.total_hours, r.start_date::date, r.end_date::date, r.deadline::date, r.seats, r.seats_filled, r.cost, r.status, now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organisation_id uuid, title text, description text, skills_taught jsonb, target_occupations jsonb,
            work_mode text, comune char(6), shifts jsonb, total_hours int, start_date text, end_date text, deadline text, seats int, seats_filled int,
            cost text, status text)`,
      [JSON.stringify(courses.slice(i, i + 4000))],
    );
  }

  const profiles = data.profiles.map((p) => ({ ...p, uuid: randomUUID() }));
  for (let i = 0; i < profiles.length; i += 2000) {
    const part = profiles.slice(i, i + 2000).map((p) => ({
      id: p.uuid,
      pseudonym_code: generatePseudonymCode(),
      network_id: networkId,
      counsellor_id: counsellorId,
      home_comune: p.homeComune,
      eqf_level: p.eqf ?? null,
      target_occupations: p.targetOccupations ?? [],
      weekly_hours: p.weeklyHours,
      shifts: p.shifts,
      max_commute_km: p.maxCommuteKm,
      contract_preferences: [...new Set((p.contracts ?? []).map((c) => CONTRACT[c]))],
      accommodations: p.accommodations ?? [],
    }));
    await ds.query(
      `INSERT INTO profiles (id, pseudonym_code, network_id, counsellor_id, age_band, home_comune, eqf_level, target_occupations, weekly_hours, shifts,
                             max_commute_km, contract_preferences, accommodations)
       SELECT r.id, r.pseudonym_code, r.network_id, r.counsellor_id, '35-44', r.home_comune, r.eqf_level, ${arrays(['target_occupations'])}, r.weekly_hours,
              ${arrays(['shifts'])}, r.max_commute_km, ${arrays(['contract_preferences', 'accommodations'])}
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, pseudonym_code text, network_id uuid, counsellor_id uuid, home_comune char(6), eqf_level smallint,
            target_occupations jsonb, weekly_hours smallint, shifts jsonb, max_commute_km smallint, contract_preferences jsonb, accommodations jsonb)`,
      [JSON.stringify(part)],
    );
  }
  const skills = profiles.flatMap((p) => [...new Set(p.skills.map((s) => s.uri))].map((uri, position) => ({ profile_id: p.uuid, skill_uri: uri, position })));
  for (let i = 0; i < skills.length; i += 20_000) {
    const part = skills.slice(i, i + 20_000);
    await ds.query(
      `INSERT INTO profile_skills (profile_id, skill_uri, position, level, acquired_through)
       SELECT u.p, u.s, u.n, 'intermediate', '{work}' FROM unnest($1::uuid[], $2::text[], $3::int[]) AS u(p, s, n)`,
      [part.map((r) => r.profile_id), part.map((r) => r.skill_uri), part.map((r) => r.position)],
    );
  }
  const languages = profiles.flatMap((p) => (p.languages ?? []).map((l) => [p.uuid, l.code, l.cefr]));
  await ds.query(`INSERT INTO profile_languages (profile_id, language, cefr) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`, [
    languages.map((l) => l[0]),
    languages.map((l) => l[1]),
    languages.map((l) => l[2]),
  ]);
  const exclusions = profiles.flatMap((p) => (p.exclusions ?? []).map((e) => [p.uuid, e.comune, e.radiusKm] as const));
  await ds.query(`INSERT INTO profile_exclusions (profile_id, comune, radius_km) SELECT * FROM unnest($1::uuid[], $2::text[], $3::numeric[]) ON CONFLICT DO NOTHING`, [
    exclusions.map((e) => e[0]),
    exclusions.map((e) => e[1]),
    exclusions.map((e) => e[2]),
  ]);
  const blocked = profiles.flatMap((p) => (p.blockedOrganisations ?? []).filter((o) => organisations.has(o)).map((o) => [p.uuid, organisations.get(o)?.id]));
  await ds.query(`INSERT INTO profile_blocked_organisations (profile_id, organisation_id) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`, [
    blocked.map((b) => b[0]),
    blocked.map((b) => b[1]),
  ]);
  await ds.query(
    `INSERT INTO consents (profile_id, kind, basis, recorded_by) SELECT id, 'matching', 'explicit_verbal', $1 FROM profiles WHERE network_id = $2`,
    [counsellorId, networkId],
  );
  const open = async (table: string) =>
    (
      await ds.query(
        `SELECT t.id FROM ${table} t JOIN organisations o ON o.id = t.organisation_id
         WHERE t.status = 'published' AND o.status = 'vetted' AND t.deadline >= current_date AND t.seats_filled < t.seats ORDER BY t.id`,
      )
    ).map((r: { id: string }) => r.id);
  return { profiles: profiles.map((p) => p.uuid), openOffers: await open('offers'), openCourses: await open('courses') };
}
