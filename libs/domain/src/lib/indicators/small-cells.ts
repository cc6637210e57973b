import { AdditiveSystem, AdditiveSystemBuilder, determinedCells } from './additive-system';

/** DESIGN rule 7: a count under this is never published. */
export const SMALL_CELL_THRESHOLD = 5;

/** A published count: its value, or only the fact that it is withheld. Never the small number. */
export type IndicatorCell = { value: number } | { suppressed: true };

export const isSuppressed = (cell: IndicatorCell): cell is { suppressed: true } => 'suppressed' in cell;

/**
 * Small-cell suppression of linked counts (every cell of the system, totals included).
 *
 * 1. Primary: every count from 1 to threshold − 1 is suppressed (0 stays visible).
 * 2. Secondary, line rule: a sum (a total with its parts) with exactly one suppressed member
 *    would give it away by subtraction, so the visible member with the smallest count is
 *    suppressed too (ties: a part before a total, then the first); repeated until no sum has
 *    exactly one suppressed member.
 * 3. Secondary, exact check: a suppressed count can still be fixed by combining several sums
 *    (in a two-way table: a cell that lies on no cycle of suppressed cells). Such cells are
 *    found exactly (`determinedCells`); for the first one, the cheapest visible member of a
 *    sum containing it is suppressed, and 2-3 repeat until no suppressed count is determined.
 *
 * Guarantee: no visible count lies in 1..threshold − 1, and no suppressed count is a linear
 * function of the visible ones (it can move while every published sum still holds).
 * Not covered: differencing between separately published systems (e.g. two overlapping
 * periods); publish them from one system, or audit and restrict such queries.
 * Returns, per cell of the system, whether it is suppressed.
 */
export function suppressCounts(system: AdditiveSystem, threshold = SMALL_CELL_THRESHOLD): boolean[] {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError('the threshold must be a positive integer');
  const { values, sums } = system;
  const suppressed = new Set<number>();
  values.forEach((value, i) => {
    if (value >= 1 && value < threshold) suppressed.add(i);
  });
  const isTotal = new Set(sums.map((s) => s.total));
  const sumsOf = new Map<number, AdditiveSum[]>();
  for (const sum of sums) for (const cell of membersOf(sum)) sumsOf.set(cell, [...(sumsOf.get(cell) ?? []), sum]);
  const cheapest = (candidates: Iterable<number>): number | undefined => {
    let best: number | undefined;
    for (const cell of candidates) {
      if (suppressed.has(cell)) continue;
      if (best === undefined || cost(cell) < cost(best) || (cost(cell) === cost(best) && cell < best)) best = cell;
    }
    return best;
  };
  // A part before a total at equal count: totals are what a report reads first.
  const cost = (cell: number) => values[cell] * 2 + (isTotal.has(cell) ? 1 : 0);

  for (;;) {
    applyLineRule(sums, suppressed, cheapest);
    const determined = determinedCells(system, suppressed);
    if (!determined.length) break;
    const next = determined
      .map((cell) => cheapest((sumsOf.get(cell) ?? []).flatMap(membersOf)))
      .find((cell) => cell !== undefined) ?? cheapest(values.keys());
    // Nothing left to suppress: every count is withheld, so nothing is derivable but zeros.
    if (next === undefined) break;
    suppressed.add(next);
  }
  return values.map((_, i) => suppressed.has(i));
}

type AdditiveSum = AdditiveSystem['sums'][number];
const membersOf = (sum: AdditiveSum): number[] => [sum.total, ...sum.parts];

function applyLineRule(sums: readonly AdditiveSum[], suppressed: Set<number>, cheapest: (cells: Iterable<number>) => number | undefined): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const sum of sums) {
      const members = membersOf(sum);
      if (members.filter((cell) => suppressed.has(cell)).length !== 1) continue;
      const complement = cheapest(members);
      if (complement === undefined) continue;
      suppressed.add(complement);
      changed = true;
    }
  }
}

/** A two-way table of counts as published: interior cells with row, column and grand totals. */
export interface SuppressedTable {
  cells: IndicatorCell[][];
  rowTotals: IndicatorCell[];
  columnTotals: IndicatorCell[];
  total: IndicatorCell;
}

/**
 * `suppressCounts` on one table with its margins (see there for the rule). For tables
 * linked through shared margins build one system with `AdditiveSystemBuilder.addTable`.
 */
export function suppressSmallCells(table: readonly (readonly number[])[], threshold = SMALL_CELL_THRESHOLD): SuppressedTable {
  const builder = new AdditiveSystemBuilder();
  const cells = builder.addTable(table);
  const system = builder.build();
  const cell = publishCell(system, suppressCounts(system, threshold));
  return {
    cells: cells.cells.map((row) => row.map(cell)),
    rowTotals: cells.rowTotals.map(cell),
    columnTotals: cells.columnTotals.map(cell),
    total: cell(cells.total),
  };
}

/** Maps a cell index to what is published for it. */
export const publishCell =
  (system: AdditiveSystem, suppressed: readonly boolean[]) =>
  (index: number): IndicatorCell =>
    suppressed[index] ? { suppressed: true } : { value: system.values[index] };
