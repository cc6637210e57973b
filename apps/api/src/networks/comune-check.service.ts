import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { METROPOLITAN_COMUNI } from './metropolitan-networks';

/**
 * Whether ISTAT codes name comuni of the metropolitan area. The `comuni` reference table is
 * the source once it is loaded (`npx nx run api:import-reference`); while it is empty (fresh
 * database, tests) the 133 codes of the built-in network partition are used instead.
 */
@Injectable()
export class ComuneCheck {
  constructor(private readonly dataSource: DataSource) {}

  /** The codes among `codes` that are not known comuni (empty when all are known). */
  async unknown(codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const [{ loaded }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM comuni) AS loaded`);
    if (!loaded) return codes.filter((code) => !METROPOLITAN_COMUNI.has(code));
    const rows: { istat_code: string }[] = await this.dataSource.query(`SELECT istat_code FROM comuni WHERE istat_code = ANY($1::char(6)[])`, [codes]);
    const known = new Set(rows.map((row) => row.istat_code));
    return codes.filter((code) => !known.has(code));
  }
}
