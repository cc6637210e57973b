import type { DataSource } from 'typeorm';

/**
 * The rows a proposal needs, written plainly for the specs of the partner's view of proposals
 * (card_shared, the partner list): a counsellor and her network, organisations, their offers and
 * pseudonymised profiles. Test support only, like createTestDatabase.
 */
export function proposalTestRows(ds: DataSource) {
  const one = async (sql: string, params: unknown[] = []): Promise<string> => (await ds.query(sql, params))[0].id;
  return {
    one,
    /** A counsellor and her network; `code` keeps two specs' rows apart. */
    counsellorAndNetwork: async (code: string) => ({
      counsellor: await one(`INSERT INTO users (email, display_name, role, totp_enabled_at) VALUES ($1, 'Operatrice', 'counsellor', now()) RETURNING id`, [`${code}@ponte.test`]),
      networkId: await one(`INSERT INTO networks (code, name, lead_comune) VALUES ($1, 'Rete', '015146') RETURNING id`, [code]),
    }),
    organisation: () => one(`INSERT INTO organisations (kind, legal_name, status) VALUES ('company', 'Impresa', 'vetted') RETURNING id`),
    offer: (organisationId: string) =>
      one(
        `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, published_at)
         VALUES ($1, 'Offerta', 'Prova', 'on_site', '015146', 30, '{morning}', 'tirocinio', 50, current_date + 30, 'published', now()) RETURNING id`,
        [organisationId],
      ),
    profile: (networkId: string, counsellor: string) =>
      one(
        `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km)
         VALUES ('PNT-' || substr(md5(random()::text), 1, 6), $1, $2, '35-44', '015146', 30, '{morning}', 20) RETURNING id`,
        [networkId, counsellor],
      ),
  };
}
