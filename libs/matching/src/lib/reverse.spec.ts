import { createContext } from './context';
import { prepareProfiles, rankProfilesForOffer } from './reverse';
import { MILANO, SESTO, context, offer, profile } from '../../test/fixtures';

describe('rankProfilesForOffer', () => {
  const ctx = context();
  const profiles = [
    profile({ id: 'p-broader', skills: [{ uri: 'b' }] }),
    profile({ id: 'p-exact-2', skills: [{ uri: 'a' }] }),
    profile({ id: 'p-exact-1', skills: [{ uri: 'a' }, { uri: 'd' }] }),
    profile({ id: 'p-blocked', blockedOrganisations: ['org-1'] }),
    profile({
      id: 'p-excluded',
      homeComune: SESTO,
      exclusions: [{ comune: MILANO, radiusKm: 0 }],
    }),
    profile({ id: 'p-night', shifts: ['night'] }),
  ];

  it('ranks the fitting profiles best first and counts the others per reason', () => {
    const result = rankProfilesForOffer(
      offer({ essentialSkills: ['a'] }),
      profiles,
      ctx,
    );
    // p-exact-2's one skill is all the offer asks; p-exact-1 holds it too, and another the
    // offer does not use; p-broader covers it through its group only.
    expect(result.profiles.map((p) => [p.id, p.score])).toEqual([
      ['p-exact-2', 63.9],
      ['p-exact-1', 50],
      ['p-broader', 20.84],
    ]);
    expect(result.filtered).toMatchObject({
      organisation_blocked: 1,
      exclusion_area: 1,
      schedule: 1,
    });
    expect(result.passed).toBe(3);
    expect(result.profiles[2].explanation.skills).toEqual([
      {
        uri: 'a',
        essential: true,
        tier: 'broader',
        weight: 2,
        credit: 0.5,
        group: 'g11',
        through: 'b',
      },
    ]);
  });

  it('reuses a prepared pool and honours the limit', () => {
    const pool = prepareProfiles(profiles, ctx);
    const result = rankProfilesForOffer(offer(), pool, ctx, { limit: 1 });
    expect(result.profiles.map((p) => p.id)).toEqual(['p-exact-2']);
  });

  it('refuses a pool prepared with another taxonomy', () => {
    const pool = prepareProfiles(profiles, ctx);
    expect(() =>
      rankProfilesForOffer(offer(), pool, createContext(ctx.now)),
    ).toThrow(/another taxonomy/);
  });
});
