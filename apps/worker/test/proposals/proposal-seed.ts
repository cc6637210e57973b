import { generatePseudonymCode, type ProposalKind, type ProposalState } from '@ponte/domain';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface SeededWorld {
  networkId: string;
  counsellor: { id: string; email: string };
  organisationId: string;
  otherOrganisationId: string;
  profileId: string;
  pseudonymCode: string;
}

const suffix = () => randomBytes(4).toString('hex');
const first = async <T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T> => ((await dataSource.query(sql, params)) as T[])[0];

/** A network, its counsellor, two vetted companies and one profile (Milano) with her matching and share_card consents. */
export async function seedWorld(dataSource: DataSource): Promise<SeededWorld> {
  const network = await first<{ id: string }>(dataSource, `INSERT INTO networks (code, name, lead_comune) VALUES ($1, 'Rete', '015146') RETURNING id`, [`net-${suffix()}`]);
  const email = `counsellor.${suffix()}@ponte.test`;
  const counsellor = await first<{ id: string }>(
    dataSource,
    `INSERT INTO users (email, display_name, role, totp_enabled_at) VALUES ($1, 'Operatrice Prova', 'counsellor', now()) RETURNING id`,
    [email],
  );
  const organisation = async (name: string) =>
    (await first<{ id: string }>(dataSource, `INSERT INTO organisations (kind, legal_name, status) VALUES ('company', $1, 'vetted') RETURNING id`, [name])).id;
  const organisationId = await organisation(`Impresa ${suffix()}`);
  const otherOrganisationId = await organisation(`Altra impresa ${suffix()}`);
  const pseudonymCode = generatePseudonymCode();
  const profile = await first<{ id: string }>(
    dataSource,
    `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km)
     VALUES ($1, $2, $3, '25-34', '015146', 30, '{morning}', 20) RETURNING id`,
    [pseudonymCode, network.id, counsellor.id],
  );
  await dataSource.query(
    `INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by) VALUES
       ($1, 'matching', NULL, 'explicit_verbal', $4), ($1, 'share_card', $2, 'explicit_verbal', $4), ($1, 'share_card', $3, 'explicit_verbal', $4)`,
    [profile.id, organisationId, otherOrganisationId, counsellor.id],
  );
  return { networkId: network.id, counsellor: { id: counsellor.id, email }, organisationId, otherOrganisationId, profileId: profile.id, pseudonymCode };
}

/** A published offer in `comune` and a proposal of the world's profile to it, in `state`. */
export async function seedProposal(
  dataSource: DataSource,
  w: SeededWorld,
  options: { organisationId?: string; state?: ProposalState; comune?: string } = {},
): Promise<string> {
  const organisationId = options.organisationId ?? w.organisationId;
  const offer = await first<{ id: string }>(
    dataSource,
    `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, contract, seats, deadline, status)
     VALUES ($1, 'Offerta', 'Descrizione', 'on_site', $2, 30, 'tempo_determinato', 5, current_date + 30, 'published') RETURNING id`,
    [organisationId, options.comune ?? '015146'],
  );
  const kind: ProposalKind = 'offer';
  const proposal = await first<{ id: string }>(
    dataSource,
    `INSERT INTO proposals (profile_id, network_id, counsellor_id, organisation_id, kind, offer_id, state, card, match)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{"score": 50, "explanation": {}, "at": "2026-01-01T00:00:00Z"}') RETURNING id`,
    [w.profileId, w.networkId, w.counsellor.id, organisationId, kind, offer.id, options.state ?? 'proposed', JSON.stringify({ candidateCode: 'C-2345-6789' })],
  );
  return proposal.id;
}
