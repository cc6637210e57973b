import { seedOrder, type Seeder } from './seeder';

const seeder = (key: string, after: string[] = []): Seeder => ({ key, after, name: key, run: async () => undefined });
const keys = (seeders: readonly Seeder[]) => seeders.map((s) => s.key);

describe('seedOrder', () => {
  it('runs each seeder after the ones it names, whatever the order given', () => {
    const given = [seeder('showcase', ['catalogue', 'profiles']), seeder('catalogue', ['reference']), seeder('profiles', ['reference']), seeder('reference')];
    expect(keys(seedOrder(given))).toEqual(['reference', 'catalogue', 'profiles', 'showcase']);
  });

  it('keeps the given order where it already holds', () => {
    expect(keys(seedOrder([seeder('b'), seeder('a'), seeder('c', ['a'])]))).toEqual(['b', 'a', 'c']);
  });

  it('refuses a seeder naming one that is not there', () => {
    expect(() => seedOrder([seeder('profiles', ['identity'])])).toThrow('Seeder "profiles" runs after unknown seeders: identity');
  });

  it('refuses seeders waiting on each other', () => {
    expect(() => seedOrder([seeder('reference'), seeder('a', ['b']), seeder('b', ['a'])])).toThrow('Seeders wait on each other: a, b');
  });
});
