import { compileSearch } from '@ponte/search';
import { Client } from 'pg';
export async function main(argv: string[]) {
  const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1/' + argv[0] });
  await c.connect();
  await c.query(`SET jit = off`);
  await c.query(`SET plan_cache_mode = ${argv[2] ?? 'force_generic_plan'}`);
  const text = argv[1];
  const { sql, params } = compileSearch({ text, page: 1, pageSize: 20, near: { lat: 45.4642, lon: 9.19, radiusKm: 20 }, sort: 'relevance' } as any);
  const name = 's1';
  await c.query({ name, text: sql, values: params });
  await c.query({ name, text: sql, values: params });
  const r = await c.query({ name: 'e1', text: 'EXPLAIN (ANALYZE, BUFFERS) ' + sql, values: params });
  console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
  await c.end();
}
