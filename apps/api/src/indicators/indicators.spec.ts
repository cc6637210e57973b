import { IndicatorCell } from '@ponte/domain';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { freshProposal, proposalWorld, ProposalWorld } from '../../test/proposals/proposal-world';
import { createTestApp, TestApp } from '../../test/test-app';

/** Every `{ value }` anywhere in a document. */
function visibleValues(node: unknown): number[] {
  if (Array.isArray(node)) return node.flatMap(visibleValues);
  if (node && typeof node === 'object') {
    const values = Object.values(node).flatMap(visibleValues);
    return 'value' in node && typeof (node as { value: unknown }).value === 'number' ? [(node as { value: number }).value, ...values] : values;
  }
  return [];
}

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('indicators (coordinators, small cells suppressed)', () => {
  let t: TestApp;
  let w: ProposalWorld;
  let a: string;
  let b: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    [a, b] = [w.network.id, w.otherNetwork.id];
    // Distinct names; one with the CSV separator in it, and one that a spreadsheet would run as a formula.
    await t.dataSource.query(`UPDATE networks SET name = 'Rete Nord' WHERE id = $1`, [a]);
    await t.dataSource.query(`UPDATE networks SET name = '=Rete Sud; Est' WHERE id = $1`, [b]);
    // Past months written as the counters would hold them (events happened then).
    const counts: [string, string, string, number][] = [
      [a, '2024-01-01', 'proposal_sent', 3],
      [a, '2024-02-01', 'proposal_sent', 12],
      [a, '2024-03-01', 'proposal_sent', 20],
      [b, '2024-01-01', 'proposal_sent', 7],
      [b, '2024-03-01', 'proposal_sent', 9],
      [a, '2023-12-01', 'proposal_sent', 50],
      [a, '2024-04-01', 'proposal_sent', 40],
      [a, '2024-01-01', 'hired_tirocinio', 2],
      [a, '2024-01-01', 'hired_tempo_indeterminato', 6],
      [a, '2024-02-01', 'hired_tempo_indeterminato', 5],
      [b, '2024-03-01', 'hired_apprendistato', 8],
      [a, '2024-02-01', 'interview_arranged', 1],
    ];
    for (const [network, month, event, count] of counts) {
      await t.dataSource.query('INSERT INTO indicator_counts (network_id, month, event, count) VALUES ($1, $2, $3, $4)', [network, month, event, count]);
    }
  });
  afterAll(() => t.close());

  const get = (query: string, auth = w.coordinator.auth) => request(t.server).get(`/api/indicators${query}`).set('Authorization', auth);
  const series = (body: { series: { metric: string; points: { count: IndicatorCell }[]; total: IndicatorCell }[] }, metric: string) => {
    const found = body.series.find((s) => s.metric === metric);
    if (!found) throw new Error(`no series ${metric}`);
    return [...found.points.map((p) => p.count), found.total];
  };
  const S = { suppressed: true };

  it('returns each network as a slice of the same suppressed tables, and all networks with per-network totals', async () => {
    const all = (await get('?from=2024-01&to=2024-03&granularity=month').expect(200)).body;
    expect(all).toMatchObject({ networkId: null, from: '2024-01', to: '2024-03', granularity: 'month', threshold: 5, months: ['2024-01', '2024-02', '2024-03'] });
    // A: 3 (small) 12 20 | 35 ; B: 7 0 9 | 16 → the 2×2 block Jan-Feb is withheld, the margins stay.
    expect(series(all, 'proposalsSent')).toEqual([{ value: 10 }, { value: 12 }, { value: 29 }, { value: 51 }]);
    const totals = Object.fromEntries(all.networks.map((n: { networkId: string; totals: Record<string, IndicatorCell> }) => [n.networkId, n.totals.proposalsSent]));
    expect(totals[a]).toEqual({ value: 35 });
    expect(totals[b]).toEqual({ value: 16 });

    const ofA = (await get(`?networkId=${a}&from=2024-01&to=2024-03`).expect(200)).body;
    expect(ofA.networkId).toBe(a);
    expect(ofA.networks).toEqual([]);
    expect(series(ofA, 'proposalsSent')).toEqual([S, S, { value: 20 }, { value: 35 }]);
    const ofB = (await get(`?networkId=${b}&from=2024-01&to=2024-03`).expect(200)).body;
    expect(series(ofB, 'proposalsSent')).toEqual([S, S, { value: 9 }, { value: 16 }]);
    // One interview in A: withheld with a complement wherever it is added up.
    expect(series(ofA, 'interviews').filter((c: IndicatorCell) => 'suppressed' in c).length).toBeGreaterThanOrEqual(2);

    for (const body of [all, ofA, ofB]) {
      expect(visibleValues(body).filter((v) => v >= 1 && v <= 4)).toEqual([]);
    }
  });

  it('counts hires by contract type, suppressed together with the hires series', async () => {
    const ofA = (await get(`?networkId=${a}&from=2024-01&to=2024-03`).expect(200)).body;
    const byContract = Object.fromEntries(ofA.hiresByContract.map((h: { contract: string; count: IndicatorCell }) => [h.contract, h.count]));
    expect(byContract.tirocinio).toEqual(S);
    // 2 traineeships (small), 11 permanent; the withheld 2 needs zero-count complements in its row and column.
    expect(byContract.tempo_indeterminato).toEqual({ value: 11 });
    expect(Object.values(byContract).filter((c) => 'suppressed' in (c as object)).length).toBeGreaterThanOrEqual(2);
    expect(visibleValues(ofA.hiresByContract).every((v) => v === 0 || v >= 5)).toBe(true);
    const hires = series(ofA, 'hires');
    expect(hires[0]).toEqual({ value: 8 });
    expect(hires[3]).toEqual({ value: 13 });
    const all = (await get('?from=2024-01&to=2024-03').expect(200)).body;
    expect(series(all, 'hires')[3]).toEqual({ value: 21 });
    expect(visibleValues(all).filter((v) => v >= 1 && v <= 4)).toEqual([]);
  });

  it('reads only the months of the period', async () => {
    const april = (await get(`?networkId=${a}&from=2024-04&to=2024-04`).expect(200)).body;
    expect(series(april, 'proposalsSent')).toEqual([{ value: 40 }, { value: 40 }]);
    const winter = (await get(`?networkId=${a}&from=2023-12&to=2024-01`).expect(200)).body;
    expect(winter.months).toEqual(['2023-12', '2024-01']);
    expect(series(winter, 'proposalsSent')).toEqual([S, S, { value: 53 }]);
    const defaults = (await get('').expect(200)).body;
    expect(defaults.months).toHaveLength(12);
  });

  it('refuses a bad period or network, and is for coordinators only', async () => {
    expect((await get('?from=2024-05&to=2024-01').expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'from', code: 'periodReversed' })]);
    expect((await get('?from=2020-01&to=2024-01').expect(422)).body.errors[0]).toMatchObject({ field: 'from', code: 'periodTooLong' });
    const bad = await get('?from=2024-13&to=24-01&granularity=week&networkId=rete').expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'granularity', 'networkId', 'to']);
    expect((await get('?networkId=00000000-0000-4000-8000-000000000000').expect(422)).body.errors[0]).toMatchObject({ field: 'networkId', code: 'unknownNetwork' });
    for (const who of [w.counsellor, w.company.admin]) {
      await get('', who.auth).expect(403);
      await get('/export.csv', who.auth).expect(403);
      await get('/export.xlsx', who.auth).expect(403);
    }
  });

  it('exports CSV for Excel (BOM, `;`), labels in the request language, suppressed cells as *, audited', async () => {
    const res = await get('/export.csv?from=2024-01&to=2024-03').set('Accept-Language', 'en-GB,en;q=0.9').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ponte-indicatori-2024-01-2024-03.csv"');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines[1]).toBe('Network;All networks');
    expect(lines[2]).toBe('Period;2024-01;2024-03');
    const fields = lines.flatMap((line) => line.split(';'));
    expect(fields.filter((f) => /^[1-4]$/.test(f.trim()))).toEqual([]);
    expect(lines).toContain('Month;Proposals sent;Interviews;Hires;Course enrolments;Courses completed;Still in work at 6 months;Still in training at 6 months');
    expect(lines.find((l) => l.startsWith('Total;'))?.split(';')[1]).toBe('51');
    expect(lines.find((l) => l.startsWith('Rete Nord;'))?.split(';')[2]).toBe('35');
    // Quoted (it holds the separator) and defused (a leading = would run as a formula): the naive split shifts by one.
    expect(lines.find((l) => l.startsWith(`"'=Rete Sud; Est";`))?.split(';')[3]).toBe('16');

    const italian = await get(`/export.csv?networkId=${a}&from=2024-01&to=2024-03&lang=it`).set('Accept-Language', 'en').expect(200);
    const it = italian.text.slice(1).split('\r\n');
    expect(it[1]).toBe('Rete;Rete Nord');
    // The dashboard's words (issue 21: one term per concept, "candidatura" for a proposal).
    expect(it).toContain('Mese;Candidature inviate;Colloqui;Assunzioni;Iscrizioni ai corsi;Corsi completati;Ancora al lavoro a 6 mesi;Ancora in formazione a 6 mesi');
    expect(it.slice(7, 10)).toEqual(['2024-01;*;0;8;0;0;0;0', '2024-02;*;*;5;0;0;0;0', '2024-03;20;0;0;0;0;0;0']);
    expect(it.find((l) => l.startsWith('Tirocinio;'))).toBe('Tirocinio;*');
    expect(it.flatMap((l) => l.split(';')).filter((f) => /^[1-4]$/.test(f.trim()))).toEqual([]);

    const [entry] = await t.dataSource.query(`SELECT actor_id, network_id, details FROM audit_log WHERE action = 'indicators.export' ORDER BY id DESC LIMIT 1`);
    expect(entry).toEqual({
      actor_id: w.coordinator.user.id,
      network_id: a,
      details: { format: 'csv', language: 'it', networkId: a, from: '2024-01', to: '2024-03' },
    });
  });

  it('exports XLSX with the same suppression: no cell of the workbook holds 1 to 4', async () => {
    const res = await get('/export.xlsx?from=2024-01&to=2024-03').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Indicatori');
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[1]).toEqual(['Rete', 'Tutte le reti']);
    expect(rows[2]).toEqual(['Periodo', '2024-01', '2024-03']);
    const cells = rows.flat();
    expect(cells.filter((v) => (typeof v === 'number' && v >= 1 && v <= 4) || (typeof v === 'string' && /^[1-4]$/.test(v.trim())))).toEqual([]);
    expect(cells).toContain('*');
    const networkRow = rows.find((row) => row[0] === 'Rete Nord');
    // Network, active profiles, then the period totals: proposals 35.
    expect(networkRow?.[2]).toBe(35);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'indicators.export' AND details->>'format' = 'xlsx'`);
    expect(n).toBe(1);
  });

  it('keeps the counts after the profiles behind them are erased', async () => {
    const month = (await get('').expect(200)).body.to as string;
    const proposals = [];
    for (let i = 0; i < 6; i++) proposals.push(await freshProposal(t, w));
    const before = (await get(`?networkId=${a}&from=${month}&to=${month}`).expect(200)).body;
    expect(series(before, 'proposalsSent')).toEqual([{ value: 6 }, { value: 6 }]);

    for (const { profileId } of proposals.slice(0, 3)) {
      await request(t.server).delete(`/api/profiles/${profileId}?reason=woman_request`).set('Authorization', w.counsellor.auth).expect(204);
    }
    const [{ left }] = await t.dataSource.query('SELECT count(*)::int AS left FROM proposals WHERE network_id = $1', [a]);
    expect(left).toBe(3);
    const after = (await get(`?networkId=${a}&from=${month}&to=${month}`).expect(200)).body;
    expect(series(after, 'proposalsSent')).toEqual([{ value: 6 }, { value: 6 }]);
    // Active profiles is a live count (7 before: the world's profile and the six; 4 after).
    expect(before.activeProfiles).toEqual({ value: 7 });
    expect(after.activeProfiles).toEqual(S);
  });
});
