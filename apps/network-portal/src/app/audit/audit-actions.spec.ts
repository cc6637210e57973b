import { AUDIT_ACTIONS, auditActionKey } from './audit-actions';
import { auditDictionary } from './audit.i18n';

describe('audit actions: a readable label per action, in both languages', () => {
  const codes = Object.entries(AUDIT_ACTIONS).flatMap(([family, actions]) => actions.map((a) => `${family}.${a}`));

  it('labels every action and family of the catalogue in Italian and English, each label its own', () => {
    for (const language of ['it', 'en'] as const) {
      const dictionary = auditDictionary[language] as Record<string, string>;
      for (const code of codes) expect([code, dictionary[`audit.action.${code}`]]).toEqual([code, expect.stringMatching(/\S/)]);
      for (const family of Object.keys(AUDIT_ACTIONS)) expect(dictionary[`audit.family.${family}`]).toMatch(/\S/);
      const labels = codes.map((code) => dictionary[`audit.action.${code}`]);
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(auditDictionary.it['audit.action.proposal.interview_arranged' as keyof typeof auditDictionary.it]).toBe('Colloquio fissato');
  });

  it('finds the label of a known action and none for an unknown one (shown as its code)', () => {
    expect(auditActionKey('organisation.information_requested')).toBe('audit.action.organisation.information_requested');
    expect(auditActionKey('profile.safety.update')).toBe('audit.action.profile.safety.update');
    expect(auditActionKey('profile.')).toBeNull();
    expect(auditActionKey('something.new')).toBeNull();
  });
});
