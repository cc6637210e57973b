import { join } from 'node:path';
import request from 'supertest';
import { proposalWorld, freshProposal, partnerRead, type ProposalWorld } from '../../test/proposals/proposal-world';
import { SKILLS } from '../../test/profiles/profile-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { importReferenceCommand } from './import/import-reference.command';

/** An Italian skills pack in the official layout (four skills of the test world), as a deployment downloads it. */
const FIXTURE = join(__dirname, '../../test/reference/esco-it-fixture');

/**
 * Ready for the Italian skills pack, end to end: `import-reference --esco DIR` loads
 * skills_it.csv; skills are then found in Italian (words in any order, alternative labels,
 * accents ignored), and the partner's candidate card names them in Italian, saying so;
 * an English reader still gets English.
 */
describe('an Italian ESCO skills pack', () => {
  let t: TestApp;
  let w: ProposalWorld;
  let printed: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await importReferenceCommand(t.dataSource, ['--esco', FIXTURE]);
      printed = log.mock.calls.map((call) => call.join(' ')).join('\n');
    } finally {
      log.mockRestore();
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const suggest = (q: string, lang: string) =>
    request(t.server).get(`/api/reference/skills?q=${encodeURIComponent(q)}`).set('Authorization', w.counsellor.auth).set('Accept-Language', lang);

  it('is loaded by import-reference, which says what it read', async () => {
    expect(printed).toMatch(/^skills\s+4\s/m);
    const [{ italian }] = await t.dataSource.query(
      `SELECT count(*)::int AS italian FROM esco_labels WHERE language = 'it' AND kind = 'skill' AND label_kind = 'preferred' AND uri = ANY($1)`,
      [Object.values(SKILLS).slice(0, 4)],
    );
    expect(italian).toBe(4);
  });

  it('finds skills in Italian: preferred and alternative labels, words in any order, accents ignored', async () => {
    const clean = await suggest('pulire', 'it').expect(200);
    expect(clean.body.items[0]).toMatchObject({ uri: SKILLS.cleanSurfaces, label: 'pulire le superfici', labelLanguage: 'it' });
    const alternative = await suggest('igienizzare', 'it').expect(200);
    expect(alternative.body.items[0]).toMatchObject({ uri: SKILLS.cleanSurfaces, matchedLabel: 'igienizzare le superfici' });
    const order = await suggest('superfici pulire', 'it').expect(200);
    expect(order.body.items[0].uri).toBe(SKILLS.cleanSurfaces);
    const accents = await suggest('faccènde domestiche', 'it').expect(200);
    expect(accents.body.items[0]).toMatchObject({ uri: SKILLS.domesticCare, label: 'svolgere lavori di cura domestica' });
    // An English reader keeps the English labels.
    const english = await suggest('clean surfaces', 'en').expect(200);
    expect(english.body.items[0]).toMatchObject({ uri: SKILLS.cleanSurfaces, label: 'clean surfaces', labelLanguage: 'en' });
  });

  it("names the skills in Italian on the partner's candidate card, and in English for an English reader", async () => {
    const { proposalId } = await freshProposal(t, w);
    const italian = await partnerRead(t, w.company.member, proposalId).set('Accept-Language', 'it').expect(200);
    expect(italian.body.card.skills).toEqual([
      expect.objectContaining({ uri: SKILLS.domesticCare, label: 'svolgere lavori di cura domestica', labelLanguage: 'it' }),
      expect.objectContaining({ uri: SKILLS.cleanSurfaces, label: 'pulire le superfici', labelLanguage: 'it' }),
    ]);
    expect(italian.body.card.explanation.matchedSkills).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: 'svolgere lavori di cura domestica', labelLanguage: 'it' })]),
    );
    const english = await partnerRead(t, w.company.member, proposalId).set('Accept-Language', 'en').expect(200);
    expect(english.body.card.skills.map((s: { label: string; labelLanguage: string }) => [s.label, s.labelLanguage])).toEqual([
      ['perform domestic care', 'en'],
      ['clean surfaces', 'en'],
    ]);
  });
});
