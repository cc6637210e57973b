import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { METROPOLITAN_COMUNI } from './metropolitan-networks';
import { COMUNE_NAMES_SQL, KNOWN_COMUNI_SQL } from './networks.sql';

/**
 * Whether ISTAT codes name known comuni: the 133 of the metropolitan area (built in, from the
 * shared reference data, so a fresh database or a test validates the same way) or any comune
 * loaded into the `comuni` reference table (`npx nx run api:import-reference`), e.g. a
 * deployment that also serves neighbouring provinces.
 */
@Injectable()
export class ComuneCheck {
  constructor(private readonly dataSource: DataSource) {}

  /** The codes among `codes` that are not known comuni (empty when all are known). */
  async unknown(codes: readonly string[]): Promise<string[]> {
    const candidates = codes.filter((code) => !METROPOLITAN_COMUNI.has(code));
    if (candidates.length === 0) return [];
    const rows: { istat_code: string }[] = await this.dataSource.query(KNOWN_COMUNI_SQL, [candidates]);
    const loaded = new Set(rows.map((row) => row.istat_code));
    return candidates.filter((code) => !loaded.has(code));
  }

  /**
   * The names of the known comuni among `codes` (unknown ones are absent). A built-in comune not
   * loaded into the reference table is named by its ISTAT code: known, but no name at hand.
   */
  async names(codes: readonly string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      COMUNE_NAMES_SQL,
      [codes],
    );
    const names = new Map(rows.map((r) => [r.code, r.name]));
    for (const code of codes) if (!names.has(code) && METROPOLITAN_COMUNI.has(code)) names.set(code, code);
    return names;
  }
}
