// The offers by occupation and by ISCO minor group: the offers that earn occupation points from
// her targets (the target itself, its ISCO unit group, its minor group) are found from her few
// targets. Every other offer earns none, which bounds it low enough to be dismissed unseen.

export interface OccupationIndex {
  /** Positions of the offers of occupation o: byOccupation[occupationStart[o] .. [o + 1]]. */
  occupationStart: Int32Array;
  byOccupation: Int32Array;
  /** Positions of the offers of ISCO minor group m (unit group / 10). */
  minorStart: Int32Array;
  byMinor: Int32Array;
}

/** Positions grouped by key (keys -1 left out), ascending within a key. */
function postings(keys: Int32Array): { start: Int32Array; positions: Int32Array } {
  let size = 0;
  for (const k of keys) size = Math.max(size, k + 1);
  const start = new Int32Array(size + 1);
  for (const k of keys) if (k >= 0) start[k + 1]++;
  for (let k = 0; k < size; k++) start[k + 1] += start[k];
  const positions = new Int32Array(start[size]);
  const next = start.slice(0, size);
  keys.forEach((k, i) => {
    if (k >= 0) positions[next[k]++] = i;
  });
  return { start, positions };
}

export function occupationIndex(occupation: Int32Array, isco: Int32Array): OccupationIndex {
  const byOccupation = postings(occupation);
  const byMinor = postings(isco.map((code) => (code < 0 ? -1 : Math.floor(code / 10))));
  return {
    occupationStart: byOccupation.start,
    byOccupation: byOccupation.positions,
    minorStart: byMinor.start,
    byMinor: byMinor.positions,
  };
}

/**
 * Calls visit for every offer whose occupation is one of her targets or shares a target's ISCO
 * minor group (so also its unit group); some more than once.
 */
export function forEachRelatedOffer(
  index: OccupationIndex,
  targets: Int32Array,
  targetIsco: Int32Array,
  visit: (position: number) => void,
): void {
  const { occupationStart, byOccupation, minorStart, byMinor } = index;
  for (const o of targets) {
    if (o + 1 >= occupationStart.length) continue;
    for (let k = occupationStart[o]; k < occupationStart[o + 1]; k++) visit(byOccupation[k]);
  }
  for (const code of targetIsco) {
    const m = Math.floor(code / 10);
    if (m + 1 >= minorStart.length) continue;
    for (let k = minorStart[m]; k < minorStart[m + 1]; k++) visit(byMinor[k]);
  }
}
