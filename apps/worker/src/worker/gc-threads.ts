import { setFlagsFromString } from 'node:v8';

/**
 * The worker scavenges its young generation on the main thread. V8's parallel scavenge sends
 * helper tasks to other cores; a worker shares its cores with the engine of another worker and
 * with PostgreSQL (two of them on the 2-core machine of the regional benchmark), and there the
 * helpers competed for the cores they were meant to use: a recomputation partition at region
 * size (partition-cpu.bench.ts, 3,000 profiles x 200,000 listings, three passes each) used 12.2
 * ms of worker CPU per profile with them, 10.2-11.5 without. V8 reads the flag at each scavenge,
 * so setting it at boot takes effect. An operator's own setting (node flags or NODE_OPTIONS) wins.
 */
export const MAIN_THREAD_SCAVENGE = '--no-parallel-scavenge';

/** Sets MAIN_THREAD_SCAVENGE unless the operator chose; returns whether it did. */
export function scavengeOnMainThread(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => /^--(no-)?parallel[-_]scavenge$/.test(arg));
  if (chosen) return false;
  setFlags(MAIN_THREAD_SCAVENGE);
  return true;
}
