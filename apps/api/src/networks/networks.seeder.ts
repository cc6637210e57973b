import type { Seeder } from '../common/seed/seeder';
import { METROPOLITAN_NETWORKS } from './metropolitan-networks';

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
          `INSERT INTO networks (code, name, lead_comune) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id`,
          [network.code, network.name, network.leadComune],
        );
        if (!created) return;
        await manager.query(`INSERT INTO network_comuni (network_id, comune) SELECT $1, unnest($2::char(6)[])`, [created.id, network.comuni]);
        log(`${network.name}: ${network.comuni.length} comuni, capofila ${network.leadComune} (${network.territory})`);
      });
    }
  },
};
