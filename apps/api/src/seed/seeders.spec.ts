import { SEEDERS } from './seeders';

describe('SEEDERS', () => {
  it('runs reference data first and every seeder after the ones whose rows it reads', () => {
    const position = new Map(SEEDERS.map((seeder, i) => [seeder.key, i]));
    const early = SEEDERS.flatMap((seeder) =>
      seeder.after.filter((key) => (position.get(key) ?? Infinity) > (position.get(seeder.key) ?? 0)).map((key) => `${seeder.key} before ${key}`),
    );
    expect(SEEDERS[0].key).toBe('reference');
    expect(early).toEqual([]);
    expect(SEEDERS.map((seeder) => seeder.key)).toEqual(['reference', 'networks', 'identity', 'profiles', 'catalogue', 'showcase']);
  });
});
