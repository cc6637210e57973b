import { compileSearch } from '../libs/search/src/lib/postgres-search-engine';
import { Client } from 'pg';
(async () => {
  const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1/ponte_test_5b02faf6ac64' });
  await c.connect();
  const [q, words] = [process.argv[3], JSON.parse(process.argv[4] ?? '[]')];
  const { rows: [m] } = await c.query(`select lat, lon from comuni where istat_code='015146'`);
  const compiled = compileSearch({ text: q || undefined, near: { lat: +m.lat, lon: +m.lon, radiusKm: 20 }, page: 1, pageSize: 20, sort: 'relevance' } as any, words);
  for (let i = 0; i < 3; i++) await c.query(compiled.sql, compiled.params);
  const t = Date.now();
  for (let i = 0; i < 10; i++) await c.query(compiled.sql, compiled.params);
  console.log('ms per query', (Date.now() - t) / 10);
  const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + compiled.sql, compiled.params);
  console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
  await c.end();
})();
