import {
  createBody,
  exclusionGroup,
  fieldId,
  fillProfileForm,
  languageGroup,
  profileFields,
  profileForm,
  safetyConstraints,
  sameSafety,
  skillGroup,
} from './profile-form';
import { Profile } from '@ponte/contracts';

const SKILL = 'http://data.europa.eu/esco/skill/0e2c082a-056c-413c-94d1-581a0133e614';

describe('profile form ↔ API body', () => {
  it('sends empty texts as null and numbers as numbers', () => {
    const form = profileForm();
    form.controls.skills.push(skillGroup({ uri: SKILL, acquiredThrough: ['unpaid_care'], comment: '   ' }));
    form.controls.languages.push(languageGroup({ code: 'it', cefr: 'B2' }));
    form.controls.exclusions.push(exclusionGroup({ comune: '015146', radiusKm: 2.5 }));
    form.patchValue({
      networkId: 'n-1',
      ageBand: '25-34',
      homeComune: '015209',
      weeklyHours: '30' as unknown as number,
      shifts: ['evening'],
      maxCommuteKm: 10,
      notes: '  ',
      earliestStart: '',
    });
    expect(createBody(form)).toEqual({
      networkId: 'n-1',
      ageBand: '25-34',
      homeComune: '015209',
      eqfLevel: null,
      targetOccupations: [],
      skills: [{ uri: SKILL, level: 'intermediate', acquiredThrough: ['unpaid_care'], comment: null }],
      languages: [{ code: 'it', cefr: 'B2' }],
      weeklyHours: 30,
      shifts: ['evening'],
      earliestStart: null,
      maxCommuteKm: 10,
      commuteMeans: [],
      contracts: [],
      accommodations: [],
      notes: null,
      exclusions: [{ comune: '015146', radiusKm: 2.5 }],
      blockedOrganisations: [],
    });
  });

  it('refuses a skill without how she acquired it, and a radius beyond 100 km', () => {
    const skill = skillGroup({ uri: SKILL });
    expect(skill.controls.acquiredThrough.errors).toEqual({ required: true });
    const area = exclusionGroup({ comune: '015146', radiusKm: 150 });
    expect(area.controls.radiusKm.errors?.['max']).toBeTruthy();
  });

  it('round-trips a stored profile through the form', () => {
    const form = profileForm();
    const profile = {
      id: 'p-1',
      pseudonymCode: 'MI-7QX4-92K',
      networkId: 'n-1',
      counsellorId: 'u-1',
      ageBand: '35-44',
      homeComune: '015146',
      eqfLevel: 4,
      targetOccupations: [],
      skills: [{ uri: SKILL, level: 'advanced', acquiredThrough: ['work'], comment: 'Dieci anni' }],
      languages: [{ code: 'ar', cefr: 'C2' }],
      weeklyHours: 20,
      shifts: ['morning'],
      earliestStart: '2026-12-01',
      maxCommuteKm: 12,
      commuteMeans: ['walk'],
      contracts: ['tirocinio'],
      accommodations: ['childcare'],
      notes: 'Udienze il martedì',
      safety: { exclusions: [{ comune: '015209', radiusKm: 5 }], blockedOrganisations: ['o-1'] },
      status: 'active',
    } as unknown as Profile;
    fillProfileForm(form, profile);
    const { counsellorId, ...fields } = profileFields(form);
    expect(counsellorId).toBe('u-1');
    expect(fields).toMatchObject({ eqfLevel: 4, earliestStart: '2026-12-01', notes: 'Udienze il martedì' });
    expect(sameSafety(safetyConstraints(form), profile.safety)).toBe(true);
    expect(sameSafety(safetyConstraints(form), { ...profile.safety, blockedOrganisations: [] })).toBe(false);
  });

  it('names fields so that summaries can link to them', () => {
    expect(fieldId('skills.0.comment')).toBe('pf-skills-0-comment');
  });
});
