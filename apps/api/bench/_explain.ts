import { compileSearch } from '@ponte/search';
import { Client } from 'pg';
export async function main(argv: string[]) {
  const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1/' + argv[0] });
  await c.connect();
  await c.query(`SET jit = off`);
  for (const mode of ['force_custom_plan', 'force_generic_plan']) {
    await c.query(`SET plan_cache_mode = ${mode}`);
    for (const text of ['tirocinio', 'cuoca', 'part time', 'assistenza anziani', 'addetta']) {
      const { sql, params } = compileSearch({ text, page: 1, pageSize: 20, near: { lat: 45.4642, lon: 9.19, radiusKm: 20 }, sort: 'relevance' } as any);
      const name = 's' + Math.random().toString(36).slice(2);
      await c.query({ name, text: sql, values: params });
      const t = process.hrtime.bigint();
      for (let i = 0; i < 20; i++) await c.query({ name, text: sql, values: params });
      console.log(mode, text, (Number(process.hrtime.bigint() - t) / 20e6).toFixed(2), 'ms');
    }
  }
  await c.end();
}
