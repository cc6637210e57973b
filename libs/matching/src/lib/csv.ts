// A small RFC 4180 parser (quoted fields may hold commas, doubled quotes and newlines), enough
// for the official ESCO CSV files and the comuni list. Pure: it takes text, the caller reads files.

export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      let value = '';
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) throw new Error('unterminated quoted field in CSV');
        value += text.slice(start, q);
        if (text[q + 1] === '"') {
          value += '"';
          start = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = value;
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r')
        j++;
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      if (i === n) row.push('');
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Rows as objects keyed by the header row; missing trailing fields are empty strings. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}
