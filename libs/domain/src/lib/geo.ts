export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), the same as @ponte/matching uses, so distances agree everywhere. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in km between two WGS84 points (comune centres in Ponte), by Vincenty's
 * formula on the sphere: exact to double precision at every distance, where the haversine's asin
 * loses ~0.1 m near antipodal points (a fast-check triangle inequality found it).
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const lat1 = a.lat * RAD;
  const lat2 = b.lat * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const cross = Math.hypot(Math.cos(lat2) * Math.sin(dLon), Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon));
  const dot = Math.sin(lat1) * Math.sin(lat2) + Math.cos(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return EARTH_RADIUS_KM * Math.atan2(cross, dot);
}
