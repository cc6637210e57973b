import { createDataSource, createTestDatabase, TestDatabase } from '@ponte/persistence';
import { PostgresSearchEngine } from '@ponte/search';
import { searchEngineContract } from './search-engine.contract';

searchEngineContract('postgres', async () => {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = createDataSource({ url: database.url, applicationName: 'ponte-test-search', poolSize: 2 });
  await dataSource.initialize();
  return {
    engine: new PostgresSearchEngine(dataSource),
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
});
