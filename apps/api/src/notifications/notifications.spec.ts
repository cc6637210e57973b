import request from 'supertest';
import { freshProposal, proposalWorld, ProposalWorld } from '../../test/proposals/proposal-world';
import { createTestApp, TestApp } from '../../test/test-app';

describe('notifications: in-app list, unread count, mark read', () => {
  let t: TestApp;
  let w: ProposalWorld;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    w = await proposalWorld(t);
    for (let i = 0; i < 3; i++) ids.push((await freshProposal(t, w)).proposalId);
  });
  afterAll(() => t.close());

  const list = (auth: string, query = '') => request(t.server).get(`/api/notifications${query}`).set('Authorization', auth);

  it('lists the caller\'s own notifications, newest first, paginated, with the unread count and a portal link', async () => {
    const page1 = await list(w.company.member.auth, '?pageSize=2');
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2, unread: 3 });
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0]).toEqual({
      id: expect.any(String),
      kind: 'proposal_received',
      targetType: 'proposal',
      targetId: ids[2],
      link: `/proposals/${ids[2]}`,
      code: expect.stringMatching(/^C-/),
      title: 'Assistente familiare',
      listingKind: 'offer',
      step: 'proposed',
      count: 1,
      createdAt: expect.any(String),
      readAt: null,
    });
    const page2 = await list(w.company.member.auth, '?pageSize=2&page=2');
    expect(page2.body.items.map((n: { targetId: string }) => n.targetId)).toEqual([ids[0]]);
    // Nobody else's: another company and the counsellor see none of these.
    expect((await list(w.otherCompany.admin.auth)).body).toMatchObject({ total: 0, unread: 0 });
    expect((await list(w.counsellor.auth)).body.items.filter((n: { kind: string }) => n.kind === 'proposal_received')).toEqual([]);
  });

  it('marks one read (someone else\'s is 404), then all', async () => {
    const [first] = (await list(w.company.admin.auth)).body.items;
    expect((await request(t.server).post(`/api/notifications/${first.id}/read`).set('Authorization', w.company.member.auth)).status).toBe(404);
    expect((await request(t.server).post(`/api/notifications/${first.id}/read`).set('Authorization', w.company.admin.auth)).status).toBe(204);
    const after = await list(w.company.admin.auth, '?unread=true');
    expect(after.body).toMatchObject({ total: 2, unread: 2 });
    expect(after.body.items.map((n: { id: string }) => n.id)).not.toContain(first.id);
    const all = await request(t.server).post('/api/notifications/read-all').set('Authorization', w.company.admin.auth);
    expect(all.body).toEqual({ updated: 2 });
    expect((await list(w.company.admin.auth)).body).toMatchObject({ total: 3, unread: 0 });
    // The colleague's own notifications are untouched.
    expect((await list(w.company.member.auth)).body.unread).toBe(3);
    expect((await request(t.server).post('/api/notifications/not-a-uuid/read').set('Authorization', w.company.admin.auth)).status).toBe(404);
    expect((await list(w.company.admin.auth, '?pageSize=500')).status).toBe(422);
  });
});
