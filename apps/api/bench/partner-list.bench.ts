/**
 * The partner's proposal list at region shape, measured alone: one organisation with 3,000 of
 * 30,000 proposals, 100,000 profiles with their consents (some revoked, some granted again),
 * 1% of the pairs blocked, 2.5% withdrawn. Times each list statement (page 1, the last page, a
 * state filter, the total alone) and the partner to-do (its counts read the same rows): the
 * PostgreSQL backend's CPU (/proc) and the wall time per request, with the load average.
 * Writes reports/bench/partner-list.md. Run by apps/api/bench/run.js
 * (`node apps/api/bench/run.js partner-list.bench.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '@ponte/persistence';
import { partnerProposalCount, partnerProposalPageStatement } from '../src/proposals/partner-proposal-queries';
import { PARTNER_TODO_SQL } from '../src/todo/todo.sql';
import { cpuMs } from './machine';

const ROOT = resolve(__dirname, '../../..');
const RUNS = 200;

/** The data set, in SQL: organisation 1 of 350 holds the proposals of profiles 1..3,000. */
const SEED = [
  `INSERT INTO users (email, display_name, role, totp_enabled_at) VALUES ('bench@ponte.test', 'Operatrice', 'counsellor', now())`,
  `INSERT INTO networks (code, name, lead_comune) SELECT 'net-' || g, 'Rete ' || g, '015146' FROM generate_series(1, 6) g`,
  `INSERT INTO organisations (kind, legal_name, status) SELECT 'company', 'Impresa ' || lpad(g::text, 3, '0'), 'vetted' FROM generate_series(1, 350) g`,
  `CREATE TEMP TABLE orgs AS SELECT id, row_number() OVER (ORDER BY legal_name) AS n FROM organisations`,
  `INSERT INTO offers (organisation_id, title, description, work_mode, comune, weekly_hours, shifts, contract, seats, deadline, status, published_at)
   SELECT o.id, 'Offerta ' || o.n, 'Prova', 'on_site', '015146', 30, '{morning}', 'tirocinio', 5, current_date + 30, 'published', now() FROM orgs o`,
  `INSERT INTO profiles (pseudonym_code, network_id, counsellor_id, age_band, home_comune, weekly_hours, shifts, max_commute_km)
   SELECT 'PNT-' || lpad(g::text, 7, '0'), (SELECT id FROM networks ORDER BY code OFFSET g % 6 LIMIT 1), (SELECT id FROM users), '35-44', '015146', 30, '{morning}', 20
   FROM generate_series(1, 100000) g`,
  `CREATE TEMP TABLE profs AS SELECT id, network_id, row_number() OVER (ORDER BY pseudonym_code) AS n FROM profiles`,
  `INSERT INTO consents (profile_id, kind, basis, recorded_by) SELECT id, 'matching', 'explicit_verbal', (SELECT id FROM users) FROM profs`,
  `UPDATE consents SET revoked_at = now(), revoked_by = recorded_by WHERE kind = 'matching' AND profile_id IN (SELECT id FROM profs WHERE n % 50 = 0)`,
  `INSERT INTO consents (profile_id, kind, basis, recorded_by) SELECT id, 'matching', 'explicit_verbal', (SELECT id FROM users) FROM profs WHERE n % 100 = 0`,
  `CREATE TEMP TABLE props AS SELECT pr.id AS profile_id, pr.network_id, o.id AS organisation_id, pr.n
   FROM profs pr JOIN orgs o ON o.n = CASE WHEN pr.n <= 3000 THEN 1 ELSE 2 + (pr.n % 349) END WHERE pr.n <= 30000`,
  `INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by) SELECT profile_id, 'share_card', organisation_id, 'explicit_verbal', (SELECT id FROM users) FROM props`,
  `UPDATE consents c SET revoked_at = now(), revoked_by = recorded_by FROM props p WHERE c.kind = 'share_card' AND c.profile_id = p.profile_id AND p.n % 33 = 0`,
  `INSERT INTO profile_blocked_organisations (profile_id, organisation_id) SELECT profile_id, organisation_id FROM props WHERE n % 97 = 0`,
  `INSERT INTO proposals (profile_id, network_id, counsellor_id, organisation_id, kind, offer_id, card, match, state, withdrawn_cause, created_at)
   SELECT p.profile_id, p.network_id, (SELECT id FROM users), p.organisation_id, 'offer', (SELECT f.id FROM offers f WHERE f.organisation_id = p.organisation_id),
          jsonb_build_object('candidateCode', 'C-' || p.n), '{}',
          CASE WHEN p.n % 40 = 0 THEN 'withdrawn' WHEN p.n % 7 = 0 THEN 'viewed' WHEN p.n % 11 = 0 THEN 'interested' ELSE 'proposed' END,
          CASE WHEN p.n % 40 = 0 THEN (ARRAY['counsellor', 'consent_revoked', 'safety'])[1 + p.n % 3] END, now() - make_interval(mins => p.n::int)
   FROM props p`,
  `VACUUM ANALYZE`,
];

export async function main(): Promise<void> {
  const database = await createTestDatabase();
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const built = Date.now();
    for (const sql of SEED) await client.query(sql);
    const buildS = (Date.now() - built) / 1000;
    const [{ id: organisationId }] = (await client.query(`SELECT id FROM organisations ORDER BY legal_name LIMIT 1`)).rows;
    const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
    const manager = { query: (sql: string, params: unknown[]) => client.query(sql, params).then((r) => r.rows) } as never;
    const page = (filters: object, skip: number) => {
      const { sql, params } = partnerProposalPageStatement(organisationId, filters, { skip, take: 20 });
      return client.query(sql, params);
    };
    const cases: [string, () => Promise<unknown>][] = [
      ['page 1 (20 rows)', () => page({}, 0)],
      ['last page', () => page({}, 2780)],
      ['page 1, state viewed', () => page({ state: 'viewed' }, 0)],
      ['total alone (page past the end)', () => partnerProposalCount(manager, organisationId, {})],
      ['partner to-do', () => client.query(PARTNER_TODO_SQL, [organisationId])],
    ];
    const rows: string[] = [];
    for (const [name, run] of cases) {
      for (let i = 0; i < 20; i++) await run();
      const [cpu0, t0, load0] = [cpuMs(pid), performance.now(), loadavg()[0]];
      for (let i = 0; i < RUNS; i++) await run();
      const [pgCpu, wall] = [(cpuMs(pid) - cpu0) / RUNS, (performance.now() - t0) / RUNS];
      rows.push(`| ${name} | ${pgCpu.toFixed(2)} | ${wall.toFixed(2)} | ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)} |`);
    }
    const [{ total }] = (await page({}, 0)).rows;
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${partnerProposalPageStatement(organisationId, {}, { skip: 0, take: 20 }).sql}`, [organisationId, 0, 20]);
    const report = [
      '# Partner proposal list at region shape',
      '',
      `Generated by apps/api/bench/partner-list.bench.ts on ${new Date().toISOString()}. Data (built in ${buildS.toFixed(0)} s): one organisation with 3,000 of 30,000 proposals`,
      `(${total} of them visible to it), 100,000 profiles with their consents (2% of matching consents revoked, half of those granted again; 3% of share_card`,
      'consents revoked), 1% of the pairs blocked, 2.5% withdrawn. Each statement alone, one connection, ' + `${RUNS} runs after 20 warm-up runs.`,
      'PostgreSQL CPU is the backend\'s utime + stime (/proc, 10 ms ticks) per request; wall is the client\'s.',
      '',
      '| statement | PostgreSQL CPU ms | wall ms | load average (1 min) |',
      '|---|---|---|---|',
      ...rows,
      '',
      'Plan of page 1:',
      '',
      '```',
      ...plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']),
      '```',
      '',
    ].join('\n');
    mkdirSync(join(ROOT, 'reports/bench'), { recursive: true });
    writeFileSync(join(ROOT, 'reports/bench/partner-list.md'), report);
    console.log(report);
  } finally {
    await client.end();
    await database.drop();
  }
}
