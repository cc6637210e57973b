import { BUILT_IN_COMUNI } from './data/comuni';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two WGS84 points. */
export function haversineKm(
  lat1: number,
  lon1: number,
  lat2: number,
  lon2: number,
): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface ComuneRow {
  istatCode: string;
  name?: string;
  lat: number;
  lon: number;
}

/**
 * Comuni by ISTAT code, interned to dense ids. Distances are computed on demand (a profile needs
 * one row of the matrix), so the index scales to the ~7,900 comuni of Italy.
 */
export class ComuneIndex {
  private readonly ids = new Map<string, number>();
  readonly codes: readonly string[];
  readonly names: readonly string[];
  readonly lat: Float64Array;
  readonly lon: Float64Array;

  constructor(rows: readonly ComuneRow[]) {
    this.codes = rows.map((r) => r.istatCode);
    this.names = rows.map((r) => r.name ?? r.istatCode);
    this.lat = Float64Array.from(rows, (r) => r.lat);
    this.lon = Float64Array.from(rows, (r) => r.lon);
    rows.forEach((r, i) => {
      if (this.ids.has(r.istatCode))
        throw new Error(`duplicate comune ${r.istatCode}`);
      if (!Number.isFinite(r.lat) || !Number.isFinite(r.lon)) {
        throw new Error(`comune ${r.istatCode} has no valid coordinates`);
      }
      this.ids.set(r.istatCode, i);
    });
  }

  get size(): number {
    return this.codes.length;
  }

  /** Dense id of a comune, or -1 when the code is unknown. */
  idOf(code: string): number {
    return this.ids.get(code) ?? -1;
  }

  has(code: string): boolean {
    return this.ids.has(code);
  }

  distanceKm(a: number, b: number): number {
    return haversineKm(this.lat[a], this.lon[a], this.lat[b], this.lon[b]);
  }

  /** Distances from one comune to every comune, indexed by id. */
  distancesFrom(id: number): Float64Array {
    const out = new Float64Array(this.size);
    for (let j = 0; j < out.length; j++) out[j] = this.distanceKm(id, j);
    return out;
  }
}

export function buildComuneIndex(rows: readonly ComuneRow[]): ComuneIndex {
  return new ComuneIndex(rows);
}

/** The 133 comuni of the Città metropolitana di Milano, built into the library. */
export function builtInComuni(): ComuneIndex {
  return new ComuneIndex(
    BUILT_IN_COMUNI.map(([istatCode, name, lat, lon]) => ({
      istatCode,
      name,
      lat,
      lon,
    })),
  );
}
