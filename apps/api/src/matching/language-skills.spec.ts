import type { MatchPrecomputer } from '@ponte/matching-adapter';
import { createOffer, partnerRead, proposalWorld, proposeWithConsents, recordConsent, type ProposalWorld } from '../../test/proposals/proposal-world';
import { createProfile, SKILLS } from '../../test/profiles/profile-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { getMatches, runMatchingJobs, testPrecomputer } from '../../test/matching/match-world';

/** ESCO v1.1.1's "speak Italian" (languageSkillsCollection), with its English preferred label. */
const SPEAK_ITALIAN = 'http://data.europa.eu/esco/skill/b45f87e9-66ce-4212-82eb-3a55765bc512';

/**
 * Issue 18: the ESCO language skill "Italian" was listed as missing, to the counsellor and on the
 * partner's card, for a woman whose profile says Italiano B1. A language skill is held through
 * her languages: at B1 or above (or at the level the offer states).
 */
describe('language skills held through her languages', () => {
  let t: TestApp;
  let w: ProposalWorld;
  let precomputer: MatchPrecomputer;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    precomputer = testPrecomputer(t);
    await t.dataSource.query(`INSERT INTO esco_concepts (uri, kind) VALUES ($1, 'skill') ON CONFLICT DO NOTHING`, [SPEAK_ITALIAN]);
    await t.dataSource.query(
      `INSERT INTO esco_labels (uri, language, label, label_kind, kind) VALUES ($1, 'en', 'interact verbally in Italian', 'preferred', 'skill'), ($1, 'it', 'interagire verbalmente in italiano', 'preferred', 'skill')
       ON CONFLICT DO NOTHING`,
      [SPEAK_ITALIAN],
    );
  }, 120_000);
  afterAll(() => t.close());

  async function explanationFor(languages: { code: string; cefr: string }[], offerId: string) {
    const { id } = await createProfile(t, w.counsellor, { languages });
    await recordConsent(t, w.counsellor, id, 'matching');
    await runMatchingJobs(t, precomputer);
    const res = await getMatches(t, w.counsellor, id, { pageSize: 100 }).expect(200);
    const item = res.body.items.find((i: { listing: { id: string } }) => i.listing.id === offerId);
    return { profileId: id, explanation: item.explanation };
  }

  it('Italiano B1 holds "speak Italian" in her matches and on the partner card; A2 does not', async () => {
    const offer = await createOffer(t, w.company.organisation, { title: 'Addetta alla reception', essentialSkills: [SKILLS.domesticCare, SPEAK_ITALIAN] });
    const b1 = await explanationFor([{ code: 'it', cefr: 'B1' }], offer.id);
    expect(b1.explanation.skills).toContainEqual(expect.objectContaining({ uri: SPEAK_ITALIAN, tier: 'exact', language: 'it' }));
    expect(b1.explanation.missingEssential).not.toContain(SPEAK_ITALIAN);

    const a2 = await explanationFor([{ code: 'it', cefr: 'A2' }], offer.id);
    expect(a2.explanation.skills).toContainEqual(expect.objectContaining({ uri: SPEAK_ITALIAN, tier: 'none' }));
    expect(a2.explanation.missingEssential).toContain(SPEAK_ITALIAN);

    const proposalId = await proposeWithConsents(t, w.counsellor, b1.profileId, { kind: 'offer', id: offer.id, organisationId: w.company.organisation.id });
    const { explanation } = (await partnerRead(t, w.company.admin, proposalId).expect(200)).body.card;
    expect(explanation.matchedSkills).toContainEqual(
      expect.objectContaining({ uri: SPEAK_ITALIAN, label: 'interagire verbalmente in italiano', tier: 'exact' }),
    );
    expect(explanation.missingSkills.map((s: { uri: string }) => s.uri)).not.toContain(SPEAK_ITALIAN);
  }, 120_000);
});
