// What query.ts and ab.ts share (query.js, their launcher, shadows the name `./query`).

/** The instant both rank at (the context's clock). */
export const NOW = '2026-11-25T10:00:00Z';

/** `--name N` from the command line, or the fallback. */
export function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
}
