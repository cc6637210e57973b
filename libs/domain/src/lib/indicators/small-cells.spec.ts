import fc from 'fast-check';
import { AdditiveSystem, AdditiveSystemBuilder } from './additive-system';
import { isSuppressed, IndicatorCell, suppressCounts, suppressSmallCells, SuppressedTable } from './small-cells';

// --- Oracles, written independently of the implementation ----------------------------------

const P = 1_000_000_007n;
const mod = (x: bigint) => ((x % P) + P) % P;
function inverse(a: bigint): bigint {
  let [result, base, exp] = [1n, mod(a), P - 2n];
  for (; exp > 0n; exp >>= 1n, base = (base * base) % P) if (exp & 1n) result = (result * base) % P;
  return result;
}
/** Rank over GF(p), p = 10^9 + 7 (equal to the rank over Q for these small 0/±1 systems). */
function rank(matrix: bigint[][]): number {
  const rows = matrix.map((row) => row.map(mod));
  let r = 0;
  for (let col = 0; col < (rows[0]?.length ?? 0) && r < rows.length; col++) {
    const pivot = rows.findIndex((row, i) => i >= r && row[col] !== 0n);
    if (pivot < 0) continue;
    [rows[r], rows[pivot]] = [rows[pivot], rows[r]];
    const inv = inverse(rows[r][col]);
    rows[r] = rows[r].map((x) => (x * inv) % P);
    for (let i = 0; i < rows.length; i++) {
      if (i !== r && rows[i][col] !== 0n) {
        const f = rows[i][col];
        rows[i] = rows[i].map((x, j) => mod(x - f * rows[r][j]));
      }
    }
    r++;
  }
  return r;
}

/** Suppressed cells an attacker can compute: e_i lies in the span of the sums over the unknowns. */
function derivableByRank(system: AdditiveSystem, suppressed: boolean[]): number[] {
  const unknowns = suppressed.flatMap((s, i) => (s ? [i] : []));
  const equations = system.sums.map(({ total, parts }) =>
    unknowns.map((cell) => BigInt(parts.filter((p) => p === cell).length - (total === cell ? 1 : 0))),
  );
  const base = rank(equations);
  return unknowns.filter((cell, j) => rank([...equations, unknowns.map((_, k) => (k === j ? 1n : 0n))]) === base);
}

/**
 * Two-way tables: a suppressed cell (margins included) is derivable iff it lies on no cycle
 * of suppressed cells in the bipartite graph rows × columns of the table with its margins.
 */
function bridgesOf(table: SuppressedTable): string[] {
  const grid: IndicatorCell[][] = [...table.cells.map((row, i) => [...row, table.rowTotals[i]]), [...table.columnTotals, table.total]];
  const edges: [number, number][] = [];
  grid.forEach((row, i) => row.forEach((cell, j) => isSuppressed(cell) && edges.push([i, grid.length + j])));
  const connected = (skip: number, from: number, to: number) => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length) {
      const node = stack.pop() as number;
      if (node === to) return true;
      edges.forEach(([a, b], e) => {
        if (e === skip) return;
        const next = a === node ? b : b === node ? a : -1;
        if (next < 0 || seen.has(next)) return;
        seen.add(next);
        stack.push(next);
      });
    }
    return false;
  };
  return edges.filter(([a, b], e) => !connected(e, a, b)).map(([a, b]) => `${a},${b - grid.length}`);
}

// --- Generators -----------------------------------------------------------------------------

/** Counts as indicator months look: many zeros and small counts, some larger ones. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 80 }));
const table = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

/** Hires as events (network, month, contract, how many): one table by month and one by contract, sharing the network totals. */
const linkedHires = fc
  .record({ networks: fc.integer({ min: 1, max: 4 }), months: fc.integer({ min: 1, max: 4 }), contracts: fc.integer({ min: 1, max: 3 }) })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      events: fc.array(
        fc.record({
          n: fc.nat(shape.networks - 1),
          m: fc.nat(shape.months - 1),
          k: fc.nat(shape.contracts - 1),
          times: fc.oneof(fc.constant(1), fc.constant(6)),
        }),
        { maxLength: 40 },
      ),
    }),
  )
  .map(({ shape, events }) => {
    const byMonth = Array.from({ length: shape.networks }, () => new Array<number>(shape.months).fill(0));
    const byContract = Array.from({ length: shape.networks }, () => new Array<number>(shape.contracts).fill(0));
    for (const e of events) {
      byMonth[e.n][e.m] += e.times;
      byContract[e.n][e.k] += e.times;
    }
    const builder = new AdditiveSystemBuilder();
    const months = builder.addTable(byMonth);
    builder.addTable(byContract, { rowTotals: months.rowTotals, total: months.total });
    return builder.build();
  });

const flat = (t: SuppressedTable) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total];

// --- Properties -----------------------------------------------------------------------------

describe('suppressSmallCells', () => {
  it('never shows a count from 1 to 4, and shows every other cell with its true value', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const published = suppressSmallCells(counts);
        const truth = suppressSmallCells(counts.map((row) => row.map(() => 0)));
        expect(flat(truth).every((cell) => !isSuppressed(cell))).toBe(true);
        published.cells.forEach((row, i) => row.forEach((cell, j) => isSuppressed(cell) || expect(cell.value).toBe(counts[i][j])));
        for (const cell of flat(published)) if (!isSuppressed(cell)) expect(cell.value < 1 || cell.value > 4).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no suppressed cell on a line of its own nor off every cycle (nothing recoverable by subtraction)', () => {
    fc.assert(
      fc.property(table, (counts) => {
        expect(bridgesOf(suppressSmallCells(counts))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no suppressed cell that any combination of the visible cells and totals determines', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const builder = new AdditiveSystemBuilder();
        builder.addTable(counts);
        const system = builder.build();
        expect(derivableByRank(system, suppressCounts(system))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('honours another threshold', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 12 }), (counts, threshold) => {
        for (const cell of flat(suppressSmallCells(counts, threshold))) if (!isSuppressed(cell)) expect(cell.value < 1 || cell.value >= threshold).toBe(true);
      }),
    );
  });

  it('suppresses a complementary cell, or a total, so that a small cell cannot be subtracted out', () => {
    const twoByTwo = suppressSmallCells([
      [3, 10],
      [12, 20],
    ]);
    // 3 alone in its row and column: 10 and 12 (the cheapest complements) go too, then 20 for column 2.
    expect(twoByTwo.cells.flat().every(isSuppressed)).toBe(true);
    expect([...twoByTwo.rowTotals, ...twoByTwo.columnTotals, twoByTwo.total]).toEqual([{ value: 13 }, { value: 32 }, { value: 15 }, { value: 30 }, { value: 45 }]);

    // A monthly series with one small month: another month is hidden with it; the period total stays.
    const series = suppressSmallCells([[3], [40], [55]]);
    expect(series.cells.map((row) => row[0])).toEqual([{ suppressed: true }, { suppressed: true }, { value: 55 }]);
    expect(series.columnTotals).toEqual([{ value: 98 }]);

    // The only non-zero part of a total: the total is small too, and both are withheld.
    expect(suppressSmallCells([[0, 2, 0]]).total).toEqual({ suppressed: true });
    expect(suppressSmallCells([[0, 0], [0, 7]]).cells).toEqual([[{ value: 0 }, { value: 0 }], [{ value: 0 }, { value: 7 }]]);
  });
});

describe('suppressCounts on linked tables', () => {
  it('protects hires by month and by contract together (shared network totals)', () => {
    fc.assert(
      fc.property(linkedHires, (system) => {
        const suppressed = suppressCounts(system);
        system.values.forEach((value, i) => suppressed[i] || expect(value < 1 || value > 4).toBe(true));
        expect(derivableByRank(system, suppressed)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses sums that do not add up and negative counts', () => {
    const builder = new AdditiveSystemBuilder();
    const a = builder.cell(2);
    const b = builder.cell(3);
    expect(() => builder.sum(builder.cell(6), [a, b])).toThrow(RangeError);
    expect(() => builder.cell(-1)).toThrow(RangeError);
    expect(() => builder.addTable([[1, 2], [3]])).toThrow(RangeError);
  });
});
