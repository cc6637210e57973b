import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEscoTaxonomy, locateSharedData, sharedEscoDir } from '../node';
import { createContext } from '../lib/context';
import { rankForProfile } from '../lib/rank';
import {
  ACCOMMODATIONS,
  CEFR_LEVELS,
  CONTRACTS,
  LISTING_STATUSES,
  ORGANISATION_STATUSES,
  SHIFTS,
} from '../lib/model';
import { jsonPath } from './validate';
import { runRank } from './main';
import { course, offer, profile } from '../../test/fixtures';

const BIN = join(__dirname, '..', '..', 'bin', 'ponte-match.js');
const NOW = '2026-11-25T10:00:00Z';

function cli(args: string[], input: unknown) {
  const stdin = typeof input === 'string' ? input : JSON.stringify(input);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const input = {
  now: NOW,
  profile: profile({ skills: [{ uri: 'a' }, { uri: 'b' }] }),
  offers: [
    offer({ id: 'fit', essentialSkills: ['a', 'b'] }),
    offer({ id: 'half', essentialSkills: ['a', 'z'] }),
    offer({ id: 'closed', status: 'closed' }),
  ],
  courses: [course({ id: 'teaches-z', skillsTaught: ['z'] })],
};

describe('ponte-match rank (real process)', () => {
  it('ranks stdin JSON to stdout JSON, exactly as the library does', () => {
    const out = cli(['rank'], input);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout);
    const expected = rankForProfile(input.profile, input, createContext(NOW), {
      limit: Infinity,
    });
    expect(result.offers).toEqual(expected.offers);
    expect(result.courses).toEqual(expected.courses);
    expect(result.offers.map((o: { id: string }) => o.id)).toEqual([
      'fit',
      'half',
    ]);
    expect(result.filtered.not_open).toBe(1);
  });

  it('exits 2 naming the JSON path of a bad field', () => {
    const bad = {
      ...input,
      offers: [input.offers[0], { ...input.offers[1], shifts: ['noon'] }],
    };
    const out = cli(['rank'], bad);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(
      'offers[1].shifts[0]: must be one of morning|afternoon|evening|night|weekend',
    );
  });

  it('exits 2 on a usage error without reading stdin', () => {
    const out = cli(['rank', '--bogus'], '');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown option "--bogus"');
    expect(out.stderr).toContain('Usage: ponte-match rank');
  });

  it('reads --esco and --comuni in the official layouts', () => {
    const shared = locateSharedData(__dirname) as string;
    const esco = sharedEscoDir(shared);
    const occupation =
      'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';
    // She holds every essential skill of the offer's occupation, her target: a perfect fit.
    const skills = loadEscoTaxonomy(esco).essentialSkills(occupation);
    expect(skills.length).toBeGreaterThan(1);
    const out = cli(
      [
        'rank',
        '--esco',
        esco,
        '--comuni',
        join(shared, 'comuni-milano.csv'),
        '--limit',
        '1',
      ],
      {
        ...input,
        profile: profile({
          skills: skills.map((uri) => ({ uri })),
          targetOccupations: [occupation],
        }),
        offers: [offer({ essentialSkills: skills, occupation })],
      },
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.offers[0].score).toBe(100);
    expect(result.offers[0].explanation.occupation).toBe('target');
  });
});

describe('input validation (in process)', () => {
  const run = (doc: unknown, args: string[] = ['rank']) =>
    runRank(args, JSON.stringify(doc), () => new Date(NOW));

  it('names missing fields by path', () => {
    const { profile: p, ...rest } = input;
    const { homeComune, ...withoutHome } = p;
    expect(homeComune).toBe('015146');
    const out = run({ ...rest, profile: withoutHome });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('profile.homeComune: is required');
  });

  it('refuses a comune unknown to the index', () => {
    const out = run({
      ...input,
      offers: [{ ...input.offers[0], comune: '015999' }],
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('offers[0].comune: unknown comune "015999"');
  });

  it('explains pattern errors with an example', () => {
    const out = run({
      ...input,
      profile: { ...input.profile, homeComune: 'Milano' },
    });
    expect(out.stderr).toContain(
      'profile.homeComune: has the wrong format (e.g. 015146)',
    );
  });

  it('refuses duplicate ids, impossible dates and invalid JSON', () => {
    expect(
      run({ ...input, offers: [input.offers[0], input.offers[0]] }).stderr,
    ).toContain('offers[1].id: duplicate of offers[0].id "fit"');
    expect(
      run({ ...input, courses: [course({ startDate: '2026-02-30' })] }).stderr,
    ).toContain('courses[0].startDate: is not a real date');
    const notJson = runRank(['rank'], '{', () => new Date(NOW));
    expect([
      notJson.code,
      notJson.stderr.startsWith('ponte-match: (root): stdin is not valid JSON'),
    ]).toEqual([2, true]);
  });

  it('honours --limit and --now', () => {
    const out = run(input, [
      'rank',
      '--limit',
      '1',
      '--now',
      '2030-01-01T00:00:00Z',
    ]);
    expect(out.code).toBe(0);
    expect(
      JSON.parse(out.stdout).offers.map((o: { id: string }) => o.id),
    ).toEqual(['fit']);
    const expired = run(
      { ...input, offers: [offer({ deadline: '2026-12-31' })] },
      ['rank', '--now', '2027-01-01T00:00:00Z'],
    );
    expect(JSON.parse(expired.stdout).filtered.not_open).toBe(1);
  });

  it('formats JSON pointers as paths', () => {
    expect(jsonPath('/offers/3/shifts/0')).toBe('offers[3].shifts[0]');
    expect(jsonPath('', 'profile')).toBe('profile');
    expect(jsonPath('/odd key~1x')).toBe('["odd key/x"]');
  });
});

describe('JSON Schema', () => {
  const schema = JSON.parse(
    readFileSync(
      join(__dirname, '..', '..', 'schema', 'rank-input.schema.json'),
      'utf8',
    ),
  );
  it('uses the same enumerations as the engine', () => {
    expect(schema.definitions.shift.enum).toEqual([...SHIFTS]);
    expect(schema.definitions.language.properties.cefr.enum).toEqual([
      ...CEFR_LEVELS,
    ]);
    expect(schema.definitions.contract.enum).toEqual([...CONTRACTS]);
    expect(schema.definitions.accommodation.enum).toEqual([...ACCOMMODATIONS]);
    expect(schema.definitions.organisationStatus.enum).toEqual([
      ...ORGANISATION_STATUSES,
    ]);
    expect(schema.definitions.status.enum).toEqual([...LISTING_STATUSES]);
  });
});
