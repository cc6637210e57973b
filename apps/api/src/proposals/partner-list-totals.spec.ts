import type { ProposalState } from '@ponte/domain';
import { createDataSource, createTestDatabase, proposalTestRows, type TestDatabase } from '@ponte/persistence';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { partnerPage, partnerProposalCount, partnerProposalPageStatement, type PartnerListFilters, type PartnerPageRow } from './partner-proposal-queries';

/**
 * The partner list's page and total (partner-proposal-queries.ts) against a plain reading of the
 * rule, on random states of her consents, blocks and the proposals: every page, under every
 * filter, holds exactly the proposals the organisation may see, in order, and every total
 * counts exactly them. The states are written as rows (consents first or afterwards), so the
 * stored card_shared is reached both ways.
 */
describe('partner proposal list: pages and totals are a plain count of what may be seen', () => {
  let database: TestDatabase;
  let ds: DataSource;
  let counsellor: string;
  let networkId: string;
  let otherOrganisation: string;

  let rows: ReturnType<typeof proposalTestRows>;
  const one = (sql: string, params?: unknown[]) => rows.one(sql, params);
  const organisation = () => rows.organisation();
  const offer = (organisationId: string) => rows.offer(organisationId);

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url, applicationName: 'ponte-test-partner-totals', poolSize: 2 });
    await ds.initialize();
    rows = proposalTestRows(ds);
    ({ counsellor, networkId } = await rows.counsellorAndNetwork('totals'));
    otherOrganisation = await organisation();
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  const consentState = fc.constantFrom('active', 'revoked', 'none', 'regranted');
  const proposalArb = fc.record({
    matching: consentState,
    shareCard: fc.constantFrom('active', 'revoked', 'none', 'regranted', 'other organisation'),
    blocked: fc.boolean(),
    offer: fc.nat(1),
    state: fc.constantFrom<ProposalState>('proposed', 'viewed', 'interested', 'declined', 'withdrawn'),
    cause: fc.constantFrom('counsellor', 'consent_revoked', 'safety'),
    consentsAfterProposal: fc.boolean(),
  });
  type Spec = typeof proposalArb extends fc.Arbitrary<infer T> ? T : never;

  const visible = (s: Spec) =>
    ['active', 'regranted'].includes(s.matching) && ['active', 'regranted'].includes(s.shareCard) && !s.blocked && (s.state !== 'withdrawn' || s.cause === 'counsellor');

  async function write(organisationId: string, offers: string[], s: Spec, minutesAgo: number): Promise<string> {
    const profileId = await rows.profile(networkId, counsellor);
    const consent = async (kind: string, scope: string | null, state: string) => {
      if (state === 'none') return;
      const insert = `INSERT INTO consents (profile_id, kind, organisation_id, basis, recorded_by) VALUES ($1, $2, $3, 'explicit_verbal', $4)`;
      await ds.query(insert, [profileId, kind, scope, counsellor]);
      if (state === 'active') return;
      await ds.query(`UPDATE consents SET revoked_at = now(), revoked_by = recorded_by WHERE profile_id = $1 AND kind = $2 AND revoked_at IS NULL`, [profileId, kind]);
      if (state === 'regranted') await ds.query(insert, [profileId, kind, scope, counsellor]);
    };
    const consents = async () => {
      await consent('matching', null, s.matching);
      if (s.shareCard === 'other organisation') await consent('share_card', otherOrganisation, 'active');
      else await consent('share_card', organisationId, s.shareCard);
      if (s.blocked) await ds.query('INSERT INTO profile_blocked_organisations (profile_id, organisation_id) VALUES ($1, $2)', [profileId, organisationId]);
    };
    if (!s.consentsAfterProposal) await consents();
    const id = await one(
      `INSERT INTO proposals (profile_id, network_id, counsellor_id, organisation_id, kind, offer_id, card, match, state, withdrawn_cause, created_at)
       VALUES ($1, $2, $3, $4, 'offer', $5, jsonb_build_object('candidateCode', 'C-' || $7::int), '{}', $6,
               CASE WHEN $6 = 'withdrawn' THEN $8 END, now() - make_interval(mins => $7::int)) RETURNING id`,
      [profileId, networkId, counsellor, organisationId, offers[s.offer], s.state, minutesAgo, s.cause],
    );
    if (s.consentsAfterProposal) await consents();
    return id;
  }

  it('every page and total, under every filter, equals the plain reading', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(proposalArb, { minLength: 0, maxLength: 30 }), fc.integer({ min: 1, max: 7 }), async (specs, take) => {
        const organisationId = await organisation();
        const offers = [await offer(organisationId), await offer(organisationId)];
        const written: { id: string; spec: Spec }[] = [];
        for (const [i, spec] of specs.entries()) written.push({ id: await write(organisationId, offers, spec, i + 1), spec });
        // Newest first: the specs were written one minute older each.
        const filtersToTry: PartnerListFilters[] = [{}, { state: 'proposed' }, { state: 'withdrawn' }, { offerId: offers[1] }, { offerId: offers[0], state: 'viewed' }];
        for (const filters of filtersToTry) {
          const expected = written
            .filter(({ spec }) => visible(spec) && (!filters.state || spec.state === filters.state) && (!filters.offerId || offers[spec.offer] === filters.offerId))
            .map((w) => w.id);
          const seen: string[] = [];
          for (let skip = 0; skip <= expected.length; skip += take) {
            const { sql, params } = partnerProposalPageStatement(organisationId, filters, { skip, take });
            const { rows, total } = partnerPage((await ds.query(sql, params)) as PartnerPageRow[]);
            seen.push(...rows.map((r) => r.id));
            // Past the end no row carries the total: the list counts it alone.
            const counted = total ?? (await partnerProposalCount(ds.manager, organisationId, filters));
            expect(counted).toBe(expected.length);
          }
          expect(seen).toEqual(expected);
        }
      }),
      { numRuns: 12 },
    );
  }, 180000);
});
