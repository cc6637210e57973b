import { context, MILANO, NOSATE, offer, profile, SESTO } from '../../test/fixtures';
import { explainOfferMatch, rankForProfile } from './rank';
import type { CourseExplanation, OfferExplanation } from './score';
import { freezeCard, labelCard, projectCard, type CardSnapshot, type CardVerdict } from './candidate-card';

/** The allowed key paths of a card, written out here independently of the projection. */
const CARD_KEYS = [
  'accommodations',
  'availability',
  'availability.earliestStart',
  'availability.shifts',
  'availability.weeklyHours',
  'candidateCode',
  'distanceBand',
  'eqfLevel',
  'explanation',
  'explanation.kind',
  'languages',
  'languages.code',
  'languages.cefr',
  'skills',
  'skills.level',
  'skills.uri',
];
const OFFER_EXPLANATION_KEYS = [
  'explanation.accommodations',
  'explanation.accommodations.met',
  'explanation.accommodations.unmet',
  'explanation.essentialCoverage',
  'explanation.matchedSkills',
  'explanation.matchedSkills.essential',
  'explanation.matchedSkills.tier',
  'explanation.matchedSkills.uri',
  'explanation.missingSkills',
  'explanation.missingSkills.essential',
  'explanation.missingSkills.uri',
  'explanation.schedule',
  'explanation.schedule.hoursFit',
  'explanation.schedule.offerHours',
  'explanation.schedule.profileHours',
  'explanation.schedule.sharedShifts',
];
const COURSE_EXPLANATION_KEYS = ['explanation.sharedShifts', 'explanation.skillsToGain'];

/** Every key path in a value (array items share their array's path). */
function keyPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => keyPaths(v, path)))].sort();
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value)
    .flatMap(([k, v]) => {
      const p = path ? `${path}.${k}` : k;
      return [p, ...keyPaths(v, p)];
    })
    .sort();
}

/** What must never reach a partner, planted in the profile row beside the card's fields. */
const SECRETS = {
  id: 'profile-uuid-1',
  pseudonymCode: 'MI-7QX4-92K',
  homeComune: MILANO,
  notes: 'nota riservata',
  ageBand: '35-44',
  networkId: 'network-1',
  counsellorId: 'counsellor-1',
  maxCommuteKm: 17,
  exclusions: [{ comune: SESTO, radiusKm: 3 }],
  blockedOrganisations: ['org-9'],
  contractPreferences: ['tirocinio'],
};
const row = {
  ...SECRETS,
  skills: [{ uri: 'a', level: 'advanced', comment: 'commento riservato' }],
  languages: [{ code: 'it', cefr: 'C1', certificate: 'cert-123' }],
  eqfLevel: 4,
  weeklyHours: 30,
  shifts: ['morning'],
  earliestStart: '2027-01-10',
  accommodations: ['childcare'],
};

const ctx = context();
function offerVerdict(overrides: Parameters<typeof offer>[0] = {}): CardVerdict {
  const v = explainOfferMatch(
    profile({ skills: [{ uri: 'a' }], shifts: ['morning'], maxCommuteKm: 50 }),
    offer({ essentialSkills: ['a', 'z'], comune: SESTO, ...overrides }),
    ctx,
  );
  if (!v.passed) throw new Error(`fixture offer filtered: ${v.reason}`);
  return { kind: 'offer', explanation: v.explanation as OfferExplanation };
}
function courseVerdict(): CardVerdict {
  const p = profile({ skills: [{ uri: 'a' }], targetOccupations: ['occ-dev'], shifts: ['morning'] });
  const [c] = rankForProfile(p, { courses: [{ id: 'c1', organisationId: 'org-1', organisationStatus: 'vetted', comune: SESTO, shifts: ['morning'], seats: 3, status: 'published', skillsTaught: ['b'] }] }, ctx).courses;
  if (!c) throw new Error('fixture course filtered');
  return { kind: 'course', explanation: c.explanation as CourseExplanation };
}

describe('the candidate card (one allow-list)', () => {
  it('freezes exactly the allowed keys of an offer card, whatever the profile row and the verdict carry', () => {
    const card = freezeCard(row, offerVerdict(), 'C-7QX4-92KF');
    expect(keyPaths(card)).toEqual([...CARD_KEYS, ...OFFER_EXPLANATION_KEYS].sort());
    const text = JSON.stringify(card);
    for (const secret of [SECRETS.pseudonymCode, SECRETS.homeComune, SECRETS.notes, SECRETS.id, 'commento', 'cert-123', 'org-9', SESTO]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/"(km|score|points|comune|homeComune|pseudonymCode)"/);
    expect(card).toMatchObject({ candidateCode: 'C-7QX4-92KF', distanceBand: 'within_10km', eqfLevel: 4 });
  });

  it('freezes exactly the allowed keys of a course card', () => {
    const card = freezeCard(row, courseVerdict(), 'C-7QX4-92KF');
    expect(keyPaths(card)).toEqual([...CARD_KEYS, ...COURSE_EXPLANATION_KEYS].sort());
    expect(card.explanation).toEqual({ kind: 'course', skillsToGain: ['b'], sharedShifts: ['morning'] });
  });

  it('gives a distance band, never km: none for remote work, and a band for a far place', () => {
    expect(freezeCard(row, offerVerdict({ remote: true }), 'C-1').distanceBand).toBeNull();
    expect(freezeCard(row, offerVerdict({ comune: NOSATE }), 'C-1').distanceBand).toBe('within_50km');
  });

  it('drops anything a stored snapshot carries beyond the card, at every level', () => {
    const frozen = freezeCard(row, offerVerdict(), 'C-1');
    const tampered = JSON.parse(JSON.stringify(frozen));
    Object.assign(tampered, { homeComune: MILANO, pseudonymCode: 'MI-7QX4-92K', notes: 'x' });
    tampered.skills[0].comment = 'x';
    tampered.languages[0].certificate = 'x';
    tampered.availability.maxCommuteKm = 17;
    Object.assign(tampered.explanation, { km: 8.1, points: {}, score: 70 });
    tampered.explanation.schedule.km = 1;
    tampered.explanation.matchedSkills[0].group = 'x';
    expect(projectCard(tampered as CardSnapshot)).toEqual(frozen);
  });

  it('labels a read card: the allowed keys, and a label beside each concept only', () => {
    const label = (uri: string) => ({ label: `label ${uri}`, labelLanguage: 'it', uri: 'other', description: 'not copied' });
    const offerCard = labelCard(freezeCard(row, offerVerdict(), 'C-1'), label);
    const labelKeys = ['skills', 'explanation.matchedSkills', 'explanation.missingSkills'].flatMap((p) => [`${p}.label`, `${p}.labelLanguage`]);
    expect(keyPaths(offerCard)).toEqual([...CARD_KEYS, ...OFFER_EXPLANATION_KEYS, ...labelKeys].sort());
    expect(offerCard.skills).toEqual([{ uri: 'a', level: 'advanced', label: 'label a', labelLanguage: 'it' }]);

    const courseCard = labelCard(freezeCard(row, courseVerdict(), 'C-1'), label);
    expect(courseCard.explanation).toEqual({
      kind: 'course',
      skillsToGain: [{ uri: 'b', label: 'label b', labelLanguage: 'it' }],
      schedule: { sharedShifts: ['morning'] },
    });
  });
});
