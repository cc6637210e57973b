import { MeiliSearchEngine, meiliFilter } from '@ponte/search';
import { randomBytes } from 'node:crypto';
import { searchEngineContract } from '../../test/search/search-engine.contract';

const host = process.env['MEILI_HOST'];

if (host) {
  searchEngineContract(`meilisearch at ${host}`, async () => {
    const engine = await MeiliSearchEngine.connect({
      host,
      apiKey: process.env['MEILI_API_KEY'],
      indexUid: `ponte_test_${randomBytes(4).toString('hex')}`,
    });
    return { engine, close: () => engine.drop() };
  });
}

describe(`Meilisearch query translation${host ? '' : ' (contract suite not registered: MEILI_HOST is not set)'}`, () => {
  it('turns every filter into a Meilisearch expression, remote documents passing the radius', () => {
    expect(
      meiliFilter({
        kinds: ['offer'],
        shifts: ['night', 'weekend'],
        remote: true,
        skillUris: ['http://data.europa.eu/esco/skill/a"b'],
        excludeOrganisationIds: ['o1'],
        near: { lat: 45.4668, lon: 9.1905, radiusKm: 12.5 },
        sort: 'distance',
        page: 1,
        pageSize: 10,
      }),
    ).toEqual([
      'kind IN ["offer"]',
      'shifts IN ["night", "weekend"]',
      'skillUris IN ["http://data.europa.eu/esco/skill/a\\"b"]',
      'workMode IN ["remote", "hybrid"]',
      'organisationId NOT IN ["o1"]',
      '(workMode = "remote" OR _geoRadius(45.4668, 9.1905, 12500))',
    ]);
  });
});
