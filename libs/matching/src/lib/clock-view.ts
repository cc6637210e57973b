// The shape of tally.ts's per-clock view, in a leaf file: the catalogue keeps the last one and
// tally.ts reads the catalogue's columns, so declaring it in either would make an import circle.

export interface ClockView {
  ms: number;
  day: number;
  /** Per listing: its profile-independent reason (index in FILTER_REASONS), -1 for none. */
  reasons: Int8Array;
  /** Listings of bucket b failing reason r (profile-independent ones): failing[b * REASONS + r]. */
  failing: Int32Array;
  /** The groups of bucket b are groupStart[b] .. groupStart[b + 1]. */
  groupStart: Int32Array;
  /** A group's interned language requirements, minimum EQF and number of listings. */
  groupList: Int32Array;
  groupEqf: Float64Array;
  groupSize: Int32Array;
  /** Listings of group g sharing a shift with a profile of shift mask h: sharing[g * SHIFT_MASKS + h]. */
  sharing: Int32Array;
}
