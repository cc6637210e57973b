import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REFERENCE_STAMP_SQL } from './reference-status.sql';

/** How often the newest reference import is looked up (ms): an import shows in answers within this. */
export const REFERENCE_CHECK_MS = 'REFERENCE_CHECK_MS';
const DEFAULT_CHECK_MS = 30_000;
/** Answers kept (least recently used go first): a few MB at most. */
const MAX_ENTRIES = 5000;

/**
 * Answers derived only from the reference tables (ESCO concepts and labels, comuni), kept in
 * memory. Those tables change only through `import-reference`, which records each run in
 * `reference_imports`: while the newest run is the same, an answer stays right. Autocomplete is
 * a sixth of what counsellors send while typing, and each answer took up to seven statements.
 * Cached values are shared between requests: callers must not modify them.
 */
@Injectable()
export class ReferenceCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly pinnedEntries = new Map<string, Promise<unknown>>();
  private stamp: string | null = null;
  private checkedAt = -Infinity;
  private checking: Promise<void> | null = null;
  private readonly checkMs: number;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(REFERENCE_CHECK_MS) checkMs?: number,
  ) {
    this.checkMs = checkMs ?? DEFAULT_CHECK_MS;
  }

  /** The cached answer for `key`, or `load()`'s (concurrent misses share one load; a failure is not kept). */
  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    await this.current();
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: the first key of the map is the one to evict.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const loading = load();
    this.entries.set(key, loading);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    loading.catch(() => this.entries.get(key) === loading && this.entries.delete(key));
    return loading;
  }

  /**
   * Like `get`, for a few large values built from whole tables (the search indexes): never
   * evicted by the answers, dropped only when a newer import finished.
   */
  async pinned<T>(key: string, load: () => Promise<T>): Promise<T> {
    await this.current();
    const held = this.pinnedEntries.get(key);
    if (held) return held as Promise<T>;
    const loading = load();
    this.pinnedEntries.set(key, loading);
    loading.catch(() => this.pinnedEntries.get(key) === loading && this.pinnedEntries.delete(key));
    return loading;
  }

  /** Per key of `keys`, in their order: the cached value, or what `load` finds for the missing ones (absent: null). */
  async many<T>(prefix: string, keys: readonly string[], load: (missing: string[]) => Promise<Map<string, T>>): Promise<Map<string, T | null>> {
    await this.current();
    const held = new Map<string, T | null>();
    for (const key of keys) {
      const hit = this.entries.get(`${prefix}|${key}`);
      if (hit) held.set(key, (await hit) as T | null);
    }
    const missing = keys.filter((key) => !held.has(key));
    const loaded = missing.length ? await load(missing) : new Map<string, T>();
    for (const key of missing) {
      const value = loaded.get(key) ?? null;
      held.set(key, value);
      this.entries.set(`${prefix}|${key}`, Promise.resolve(value));
    }
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return new Map(keys.map((key) => [key, held.get(key) ?? null]));
  }

  /** Drops everything when a newer import finished (checked at most every `checkMs`). */
  private async current(): Promise<void> {
    if (Date.now() - this.checkedAt < this.checkMs) return;
    this.checking ??= (async () => {
      try {
        const [row]: { stamp: string }[] = await this.dataSource.query(
          REFERENCE_STAMP_SQL,
        );
        if (row.stamp !== this.stamp) {
          this.entries.clear();
          this.pinnedEntries.clear();
        }
        this.stamp = row.stamp;
        this.checkedAt = Date.now();
      } finally {
        this.checking = null;
      }
    })();
    await this.checking;
  }
}
