import type { Seeder } from '../common/seed/seeder';
import { METROPOLITAN_NETWORKS } from './metropolitan-networks';
import { SEED_NETWORK_COMUNI_SQL, SEED_NETWORK_SQL } from './networks.sql';

/**
 * The six metropolitan networks (demo partition). A network already present is left as it is,
 * so coordinators' edits survive every later seed.
 */
export const networksSeeder: Seeder = {
  key: 'networks',
  after: ['reference'],
  name: 'networks',
  async run({ dataSource, log }) {
    for (const network of METROPOLITAN_NETWORKS) {
      await dataSource.transaction(async (manager) => {
        const [created]: { id: string }[] = await manager.query(
          SEED_NETWORK_SQL,
          [network.code, network.name, network.leadComune],
        );
        if (!created) return;
        await manager.query(SEED_NETWORK_COMUNI_SQL, [created.id, network.comuni]);
        log(`${network.name}: ${network.comuni.length} comuni, capofila ${network.leadComune} (${network.territory})`);
      });
    }
  },
};
