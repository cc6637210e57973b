import { recomputeProfileJobId } from '@ponte/jobs';
import type { MatchPrecomputer } from '@ponte/matching-adapter';
import { createOffer, proposalWorld, recordConsent, type ProposalWorld } from '../../test/proposals/proposal-world';
import { createProfile } from '../../test/profiles/profile-fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { getMatches, ids, matchingQueue, runMatchingJobs, testPrecomputer } from '../../test/matching/match-world';

/**
 * The list is read in one statement (stored-match-list.ts): scope, her state and constraints,
 * the last computation and the stored rows joined to their listings as they are now. These are
 * the rules that statement carries, beside those matches.spec.ts proves through the jobs.
 */
describe('matches: the one-statement read of her list', () => {
  let t: TestApp;
  let w: ProposalWorld;
  let precomputer: MatchPrecomputer;
  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    precomputer = testPrecomputer(t);
  }, 60_000);
  afterAll(() => t.close());

  async function matchedProfile(): Promise<string> {
    const { id } = await createProfile(t, w.counsellor);
    await recordConsent(t, w.counsellor, id, 'matching');
    await runMatchingJobs(t, precomputer);
    return id;
  }
  const lastAudit = async (profileId: string) =>
    (await t.dataSource.query(`SELECT network_id AS "networkId", details FROM audit_log WHERE action = 'match.read' AND target_id = $1 ORDER BY id DESC LIMIT 1`, [profileId]))[0];

  it('never computed: nothing, stale, recomputing, no computation time nor diagnostics', async () => {
    const { id } = await createProfile(t, w.counsellor);
    await recordConsent(t, w.counsellor, id, 'matching');
    await matchingQueue(t).obliterate({ force: true });
    const res = await getMatches(t, w.counsellor, id).expect(200);
    expect(res.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20, profileVersion: 2, computedAt: null, stale: true, recomputing: true, filtered: {} });
    expect(await matchingQueue(t).getJob(recomputeProfileJobId(id, 2))).toBeDefined();
    expect(await lastAudit(id)).toEqual({ networkId: w.network.id, details: { kind: 'offer', total: 0, stale: true } });
  });

  it('a listing that filled its seats or passed its deadline leaves the list at once, without being outdated', async () => {
    const full = await createOffer(t, w.company.organisation, { title: 'Assistente domiciliare, posti esauriti' });
    const expired = await createOffer(t, w.company.organisation, { title: 'Assistente domiciliare, scadenza passata' });
    const id = await matchedProfile();
    const before = await getMatches(t, w.counsellor, id).expect(200);
    expect(ids(before)).toEqual(expect.arrayContaining([full.id, expired.id]));
    // Changes that reached the table without a version (defence in depth): the read checks the listing itself.
    await t.dataSource.query('UPDATE offers SET seats_filled = seats WHERE id = $1', [full.id]);
    await t.dataSource.query(`UPDATE offers SET deadline = current_date - 2 WHERE id = $1`, [expired.id]);
    const after = await getMatches(t, w.counsellor, id).expect(200);
    expect(ids(after)).not.toContain(full.id);
    expect(ids(after)).not.toContain(expired.id);
    expect(after.body).toMatchObject({ total: before.body.total - 2, stale: false, recomputing: false });
    expect(after.body.items.map((i: { rank: number }) => i.rank)).toEqual(after.body.items.map((_: unknown, i: number) => i + 1));
    expect(await lastAudit(id)).toEqual({ networkId: w.network.id, details: { kind: 'offer', total: before.body.total - 2, stale: false } });
  });

  it('rows of a listing whose version moved on are left out whatever page is asked, and ranks close up', async () => {
    const moved = await createOffer(t, w.company.organisation, { title: 'Assistente domiciliare, orario rivisto' });
    const id = await matchedProfile();
    const before = ids(await getMatches(t, w.counsellor, id).expect(200));
    expect(before).toContain(moved.id);
    await t.dataSource.query('UPDATE offers SET version = version + 1 WHERE id = $1', [moved.id]);
    const pages = [];
    for (let page = 1; page <= before.length; page++) pages.push(await getMatches(t, w.counsellor, id, { page, pageSize: 1 }).expect(200));
    expect(pages.flatMap(ids)).toEqual(before.filter((offerId) => offerId !== moved.id));
    expect(pages.every((p) => p.body.stale && p.body.total === before.length - 1)).toBe(true);
    expect(pages.flatMap((p) => p.body.items.map((i: { rank: number }) => i.rank))).toEqual(before.slice(1).map((_, i) => i + 1));
  });

  it('out of scope is 404 before the query is judged, and a profile that is not active lists nothing', async () => {
    const id = await matchedProfile();
    await getMatches(t, w.outsider, id, { kind: 'course', contract: 'tirocinio' }).expect(404);
    await getMatches(t, w.counsellor, id, { kind: 'course', contract: 'tirocinio' }).expect(422);
    await t.dataSource.query(`UPDATE profiles SET status = 'paused' WHERE id = $1`, [id]);
    const res = await getMatches(t, w.counsellor, id).expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0, unavailable: 'profile_not_active', stale: false, computedAt: null });
  });
});
