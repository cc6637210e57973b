import { isCandidateCode } from '@ponte/domain';
import request from 'supertest';
import { createProfile } from '../../test/profiles/profile-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { createOffer, partnerRead, proposalWorld, ProposalWorld, proposeWithConsents, shortlist } from '../../test/proposals/proposal-world';

/**
 * Linkability (issue 20): each organisation knows a woman by a code of its own, stable for that
 * organisation, unrelated to other organisations' codes and to her pseudonym code, which stays
 * with the staff of her network. Before, every card showed the pseudonym code: two employers
 * could tell they saw the same woman.
 */
describe('proposals: a candidate code per organisation', () => {
  let t: TestApp;
  let w: ProposalWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
  });
  afterAll(() => t.close());

  const partnerList = (who: ProposalWorld['company']['admin']) =>
    request(t.server).get('/api/partner/proposals?pageSize=100').set('Authorization', who.auth).expect(200);

  it('gives each organisation its own stable code, never the pseudonym code, and shows it only there', async () => {
    const { id: profileId, pseudonymCode } = await createProfile(t, w.counsellor);
    const first = await proposeWithConsents(t, w.counsellor, profileId, { kind: 'offer', id: w.offer.id, organisationId: w.company.organisation.id });
    const other = await proposeWithConsents(t, w.counsellor, profileId, { kind: 'offer', id: w.otherOffer.id, organisationId: w.otherCompany.organisation.id });
    // A second offer of the same company: same consent, same code.
    const secondOffer = await createOffer(t, w.company.organisation, { title: 'Aiuto cuoca' });
    const entryId = await shortlist(t, w.counsellor, profileId, { kind: 'offer', id: secondOffer.id });
    const second = (await request(t.server).post(`/api/profiles/${profileId}/proposals`).set('Authorization', w.counsellor.auth).send({ shortlistEntryId: entryId }).expect(201)).body.id;

    const companyCard = (await partnerRead(t, w.company.admin, first).expect(200)).body.card;
    const companyAgain = (await partnerRead(t, w.company.member, second).expect(200)).body.card;
    const otherCard = (await partnerRead(t, w.otherCompany.admin, other).expect(200)).body.card;
    expect(isCandidateCode(companyCard.candidateCode)).toBe(true);
    expect(isCandidateCode(otherCard.candidateCode)).toBe(true);
    expect(companyAgain.candidateCode).toBe(companyCard.candidateCode);
    expect(otherCard.candidateCode).not.toBe(companyCard.candidateCode);
    expect(companyCard).not.toHaveProperty('pseudonymCode');

    // Lists, cards and notifications of each organisation: its own code only, never her pseudonym.
    const companyList = await partnerList(w.company.admin);
    const mine = companyList.body.items.filter((i: { id: string }) => [first, second].includes(i.id));
    expect(mine.map((i: { candidateCode: string }) => i.candidateCode)).toEqual([companyCard.candidateCode, companyCard.candidateCode]);
    const otherList = await partnerList(w.otherCompany.admin);
    const seen = [
      companyList.text,
      otherList.text,
      JSON.stringify(companyCard),
      JSON.stringify(otherCard),
      (await request(t.server).get('/api/notifications').set('Authorization', w.company.admin.auth).expect(200)).text,
      (await request(t.server).get('/api/notifications').set('Authorization', w.otherCompany.admin.auth).expect(200)).text,
    ];
    for (const text of seen) expect(text).not.toContain(pseudonymCode);
    expect(otherList.text).not.toContain(companyCard.candidateCode);
    expect(companyList.text).not.toContain(otherCard.candidateCode);

    // The network's staff see her pseudonym code, and the code each organisation knows her by.
    const counsellorView = (await request(t.server).get(`/api/proposals/${first}`).set('Authorization', w.counsellor.auth).expect(200)).body;
    expect(counsellorView.pseudonymCode).toBe(pseudonymCode);
    expect(counsellorView.card.candidateCode).toBe(companyCard.candidateCode);
    const counsellorList = await request(t.server).get(`/api/proposals?profileId=${profileId}`).set('Authorization', w.counsellor.auth).expect(200);
    expect(counsellorList.body.items.map((i: { pseudonymCode: string }) => i.pseudonymCode)).toEqual([pseudonymCode, pseudonymCode, pseudonymCode]);
  });

  it('stores one code per profile and organisation, unique within the organisation, gone with her erasure', async () => {
    const { id: profileId } = await createProfile(t, w.counsellor);
    await proposeWithConsents(t, w.counsellor, profileId, { kind: 'offer', id: w.offer.id, organisationId: w.company.organisation.id });
    const rows = await t.dataSource.query('SELECT organisation_id AS "organisationId", code FROM candidate_codes WHERE profile_id = $1', [profileId]);
    expect(rows).toEqual([{ organisationId: w.company.organisation.id, code: expect.stringMatching(/^C-/) }]);
    const [{ duplicates }] = await t.dataSource.query(
      'SELECT count(*)::int AS duplicates FROM (SELECT organisation_id, code FROM candidate_codes GROUP BY 1, 2 HAVING count(*) > 1) d',
    );
    expect(duplicates).toBe(0);
    await request(t.server).delete(`/api/profiles/${profileId}?reason=woman_request`).set('Authorization', w.counsellor.auth).expect(204);
    expect(await t.dataSource.query('SELECT code FROM candidate_codes WHERE profile_id = $1', [profileId])).toEqual([]);
  });
});
