declare const timestamp: unique symbol;

/**
 * An instant as it travels: ISO 8601 text. The API holds a `Date` there and JSON writes it as
 * text; any string is accepted where a Timestamp is expected (the mark is optional), so the
 * portals read it as the string it is.
 */
export type Timestamp = string & { readonly [timestamp]?: 'ISO 8601' };

/**
 * A contract as the API may hold it before JSON writes it: a `Date` wherever the wire carries a
 * Timestamp, everything else as declared. API views implement `Served<Contract>`.
 */
export type Served<T> = T extends string
  ? typeof timestamp extends keyof T
    ? T | Date
    : T
  : T extends readonly (infer E)[]
    ? Served<E>[]
    : T extends object
      ? { [K in keyof T]: Served<T[K]> }
      : T;

/** A page of a list endpoint (`page` is 1-based). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** `T`, checked to be what the API may hold for contract `C` (for views that are type aliases). */
export type Serving<C, T extends Served<C>> = T;
