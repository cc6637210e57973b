// What the benchmarks of this folder share: main.ts, query.ts and ab.ts.

/** The instant they rank at (the context's clock). */
export const NOW = '2026-11-25T10:00:00Z';

/** `--name N` from the command line (a whole number), or the fallback. */
export function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}
