import fc from 'fast-check';
import { haversineKm } from './geo';

const MILANO = { lat: 45.464211, lon: 9.191383 };
const MONZA = { lat: 45.58413, lon: 9.27352 };

describe('haversineKm', () => {
  it('measures known distances', () => {
    expect(haversineKm({ lat: 45, lon: 9 }, { lat: 46, lon: 9 })).toBeCloseTo(
      111.195,
      2,
    );
    expect(haversineKm(MILANO, MONZA)).toBeGreaterThan(14);
    expect(haversineKm(MILANO, MONZA)).toBeLessThan(16);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(
      Math.PI * 6371.0088,
      3,
    );
  });

  const point = fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  });

  it('is zero on the same point, symmetric, and bounded by half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = haversineKm(a, b);
        return (
          haversineKm(a, a) < 1e-6 &&
          Math.abs(d - haversineKm(b, a)) < 1e-6 &&
          d >= 0 &&
          d <= Math.PI * 6371.0088 + 1e-6
        );
      }),
    );
  });

  it('satisfies the triangle inequality', () => {
    fc.assert(
      fc.property(
        point,
        point,
        point,
        (a, b, c) =>
          haversineKm(a, c) <= haversineKm(a, b) + haversineKm(b, c) + 1e-6,
      ),
    );
  });
});
