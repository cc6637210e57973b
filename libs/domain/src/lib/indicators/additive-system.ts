/**
 * A published set of counts linked by sums: every `total` equals the sum of its `parts`
 * (a row of a table and its row total, a column and its column total, the totals and the
 * grand total, or one table's row totals shared with another table). Cells are indices into
 * `values`. Suppression reasons over this structure, so linked tables are protected together.
 */
export interface AdditiveSystem {
  readonly values: readonly number[];
  readonly sums: readonly AdditiveSum[];
}

export interface AdditiveSum {
  readonly total: number;
  readonly parts: readonly number[];
}

/** Indices of one two-way table added to a system: interior cells and their margins. */
export interface TableCells {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

/** Collects cells and sums; `addTable` links tables that share margins. */
export class AdditiveSystemBuilder {
  private readonly values: number[] = [];
  private readonly sums: AdditiveSum[] = [];

  cell(value: number): number {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`a count must be a non-negative integer, got ${value}`);
    this.values.push(value);
    return this.values.length - 1;
  }

  sum(total: number, parts: readonly number[]): void {
    const expected = parts.reduce((acc, part) => acc + this.values[part], 0);
    if (this.values[total] !== expected) throw new RangeError(`cell ${total} is ${this.values[total]}, its parts add up to ${expected}`);
    this.sums.push({ total, parts: [...parts] });
  }

  /**
   * A rows × columns table with its row totals, column totals and grand total. Pass `shared`
   * row totals (and their grand total) already in the system to link this table to another
   * one with the same rows: e.g. hires per network by month and by contract type.
   */
  addTable(table: readonly (readonly number[])[], shared?: { rowTotals: readonly number[]; total: number }): TableCells {
    const width = table[0]?.length ?? 0;
    if (table.some((row) => row.length !== width)) throw new RangeError('every row of a table needs the same number of columns');
    const cells = table.map((row) => row.map((value) => this.cell(value)));
    const rowTotals = shared ? [...shared.rowTotals] : table.map((row) => this.cell(row.reduce((a, b) => a + b, 0)));
    if (rowTotals.length !== table.length) throw new RangeError('shared row totals must match the rows of the table');
    const columnTotals = Array.from({ length: width }, (_, j) => this.cell(table.reduce((acc, row) => acc + row[j], 0)));
    const total = shared ? shared.total : this.cell(table.flat().reduce((a, b) => a + b, 0));
    cells.forEach((row, i) => this.sum(rowTotals[i], row));
    for (let j = 0; j < width; j++) this.sum(columnTotals[j], cells.map((row) => row[j]));
    if (!shared) this.sum(total, rowTotals);
    this.sum(total, columnTotals);
    return { cells, rowTotals, columnTotals, total };
  }

  build(): AdditiveSystem {
    return { values: [...this.values], sums: this.sums.map((s) => ({ total: s.total, parts: [...s.parts] })) };
  }
}

/**
 * The suppressed cells whose value is nevertheless fixed by the published ones: the cells
 * `i` for which the unit vector e_i lies in the row space of the sums restricted to the
 * suppressed cells (exact Gauss-Jordan over the integers, so no rounding decides it).
 */
export function determinedCells(system: AdditiveSystem, suppressed: ReadonlySet<number>): number[] {
  const unknowns = [...suppressed].sort((a, b) => a - b);
  if (!unknowns.length) return [];
  const column = new Map(unknowns.map((cell, j) => [cell, j]));
  const rows: bigint[][] = [];
  for (const { total, parts } of system.sums) {
    const row = new Array<bigint>(unknowns.length).fill(0n);
    let touched = false;
    const add = (cell: number, sign: bigint) => {
      const j = column.get(cell);
      if (j === undefined) return;
      row[j] += sign;
      touched = true;
    };
    parts.forEach((part) => add(part, 1n));
    add(total, -1n);
    if (touched && row.some((x) => x !== 0n)) rows.push(row);
  }
  const reduced = reduceRows(rows, unknowns.length);
  const determined: number[] = [];
  for (const row of reduced) {
    const nonZero = row.reduce((n, x) => (x !== 0n ? n + 1 : n), 0);
    if (nonZero === 1) determined.push(unknowns[row.findIndex((x) => x !== 0n)]);
  }
  return determined.sort((a, b) => a - b);
}

/** Reduced row echelon form (up to a scale per row), integer arithmetic, rows kept primitive. */
function reduceRows(input: bigint[][], width: number): bigint[][] {
  const rows = input.map((row) => [...row]);
  let rank = 0;
  for (let col = 0; col < width && rank < rows.length; col++) {
    const pivot = rows.findIndex((row, i) => i >= rank && row[col] !== 0n);
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot], rows[rank]];
    const p = rows[rank];
    for (let i = 0; i < rows.length; i++) {
      if (i === rank || rows[i][col] === 0n) continue;
      const factor = rows[i][col];
      rows[i] = primitive(rows[i].map((x, j) => x * p[col] - p[j] * factor));
    }
    rank++;
  }
  return rows.slice(0, rank);
}

function primitive(row: bigint[]): bigint[] {
  let g = 0n;
  for (const x of row) g = gcd(g, x < 0n ? -x : x);
  return g > 1n ? row.map((x) => x / g) : row;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
