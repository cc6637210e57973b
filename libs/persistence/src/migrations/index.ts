import { Foundation1764000000000 } from './1764000000000-foundation';

/**
 * Every migration, in order. Bundled apps cannot glob for files, so each new migration
 * (timestamp-named, hand-written SQL) is listed here.
 */
export const MIGRATIONS: Function[] = [Foundation1764000000000];
