import { createSearchEngine, rebuildIndex, type SearchEngineSettings } from '@ponte/search';
import type { DataSource } from 'typeorm';

/** `cli.js reindex`: rebuilds the configured engine's index from the database (published listings of vetted organisations), and what the worker's sweep compares it with. */
export async function reindexCommand(config: SearchEngineSettings, dataSource: DataSource, log: (line: string) => void = console.log): Promise<number> {
  const engine = await createSearchEngine(config, dataSource);
  try {
    const started = Date.now();
    const count = await rebuildIndex(engine, dataSource);
    log(`Indice di ricerca ricostruito / search index rebuilt (${engine.name}): ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return count;
  } finally {
    await engine.close();
  }
}
