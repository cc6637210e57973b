import { ConfigError, parseEnv } from '@ponte/config';
import { createDataSource } from '@ponte/persistence';
import { EncryptionService } from './common/crypto/encryption.service';
import { rotateNotesKey } from './profiles/notes-key-rotation';
import { importReferenceCommand } from './reference/import/import-reference.command';
import { reindexCommand } from './search/reindex.command';
import { SEEDERS } from './seed/seeders';

/**
 * Operator commands: `migrate`, `migrate:revert`, `seed` (idempotent demo data), `rotate-notes-key`
 * (re-encrypts profile notes, skill comments, cover messages and shortlist notes under the first of NOTES_ENCRYPTION_KEYS), `import-reference` (ESCO packs,
 * ISCO labels, comuni; run it without arguments for its usage), `reindex` (rebuilds the search index from the database).
 * Run with `npx nx run api:migrate` (builds first) or `node dist/apps/api/cli.js <command>`.
 */
async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const config = parseEnv(process.env);
  const dataSource = createDataSource({ url: config.DATABASE_URL, applicationName: 'ponte-cli', poolSize: 2 });
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(`Migrazioni applicate / migrations applied: ${applied.length}${applied.map((m) => `\n  - ${m.name}`).join('')}`);
        break;
      }
      case 'migrate:revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Ultima migrazione annullata / last migration reverted');
        break;
      case 'seed':
        for (const seeder of SEEDERS) {
          console.log(`Seed: ${seeder.name}`);
          await seeder.run({ dataSource, log: (line) => console.log(`  ${line}`) });
        }
        break;
      case 'rotate-notes-key': {
        const report = await rotateNotesKey(dataSource, new EncryptionService(config), { log: (line) => console.log(`  ${line}`) });
        console.log(
          `Testi ricifrati / texts re-encrypted: ${report.rotated} of ${report.examined} under an older key; unreadable: ${report.unreadable}`,
        );
        if (report.unreadable) process.exitCode = 1;
        break;
      }
      case 'import-reference':
        await importReferenceCommand(dataSource, args);
        break;
      case 'reindex':
        await reindexCommand(config, dataSource);
        break;
      default:
        throw new Error(`Unknown command "${command ?? ''}". Commands: migrate, migrate:revert, seed, rotate-notes-key, import-reference, reindex`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
});
