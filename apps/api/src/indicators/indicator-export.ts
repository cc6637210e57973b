import { CONTRACT_TYPES, IndicatorCell, isSuppressed } from '@ponte/domain';
import { Workbook } from 'exceljs';
import { SERIES_METRICS } from '@ponte/contracts';
import { ResolvedReport, scopeOf } from './indicator-report';

/** What a withheld count shows in a file (ISTAT's sign for confidential data), explained by the legend. */
export const SUPPRESSED_MARK = '*';

type Value = string | number | null;
export interface ExportRow {
  kind: 'title' | 'meta' | 'header' | 'data' | 'blank';
  values: Value[];
}

/**
 * The regional funding report as rows, shared by the CSV and the XLSX file: a header block
 * (network, period, generation time, legend), the monthly series with the period totals,
 * hires by contract type, active profiles and, for all networks, each network's totals.
 * Only published cells reach it: a suppressed count is the mark, never its number. `t` gives the
 * labels in the file's language.
 */
export function exportRows(resolved: ResolvedReport, t: (key: string, params?: Record<string, unknown>) => string, generatedAt = new Date()): ExportRow[] {
  const { report } = resolved;
  const scope = scopeOf(resolved);
  const cell = (c: IndicatorCell): Value => (isSuppressed(c) ? SUPPRESSED_MARK : c.value);
  const rows: ExportRow[] = [
    { kind: 'title', values: [t('indicators.export.title')] },
    { kind: 'meta', values: [t('indicators.export.network'), resolved.network?.name ?? t('indicators.export.allNetworks')] },
    { kind: 'meta', values: [t('indicators.export.period'), resolved.from, resolved.to] },
    { kind: 'meta', values: [t('indicators.export.generatedAt'), romeTime(generatedAt)] },
    { kind: 'meta', values: [t('indicators.export.legend', { threshold: report.threshold })] },
    { kind: 'blank', values: [] },
    { kind: 'header', values: [t('indicators.export.month'), ...SERIES_METRICS.map((m) => t(`indicators.metric.${m}`))] },
    ...report.months.map((month, j) => ({ kind: 'data' as const, values: [month, ...scope.series.map((s) => cell(s.points[j].count))] })),
    { kind: 'data', values: [t('indicators.export.total'), ...scope.series.map((s) => cell(s.total))] },
    { kind: 'blank', values: [] },
    { kind: 'header', values: [t('indicators.export.contract'), t('indicators.metric.hires')] },
    ...scope.hiresByContract.map((h) => ({ kind: 'data' as const, values: [t(`indicators.contract.${h.contract}`), cell(h.count)] })),
    { kind: 'data', values: [t('indicators.export.total'), cell(scope.series.find((s) => s.metric === 'hires')?.total ?? { suppressed: true })] },
    { kind: 'blank', values: [] },
    { kind: 'data', values: [t('indicators.export.activeProfiles'), cell(scope.activeProfiles)] },
  ];
  if (!resolved.network) {
    rows.push(
      { kind: 'blank', values: [] },
      { kind: 'title', values: [t('indicators.export.byNetwork')] },
      {
        kind: 'header',
        values: [
          t('indicators.export.network'),
          t('indicators.metric.activeProfiles'),
          ...SERIES_METRICS.map((m) => t(`indicators.metric.${m}`)),
          ...CONTRACT_TYPES.map((c) => `${t('indicators.metric.hires')}: ${t(`indicators.contract.${c}`)}`),
        ],
      },
      ...resolved.networks.map((n) => {
        const view = report.byNetwork.get(n.id);
        if (!view) throw new Error(`network ${n.id} missing from the report`);
        return {
          kind: 'data' as const,
          values: [n.name, cell(view.activeProfiles), ...view.series.map((s) => cell(s.total)), ...view.hiresByContract.map((h) => cell(h.count))],
        };
      }),
    );
  }
  return rows;
}

/**
 * CSV for Excel in Italy: UTF-8 with a BOM (so accents survive), `;` between fields (the list
 * separator of the Italian locale, where `,` is the decimal mark), CRLF line ends, RFC 4180
 * quoting, and text that a spreadsheet would run as a formula prefixed with an apostrophe.
 */
export function toCsv(rows: ExportRow[]): string {
  return '\uFEFF' + rows.map((row) => row.values.map(csvField).join(';') + '\r\n').join('');
}

function csvField(value: Value): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same rows as one worksheet; counts stay numbers, suppressed cells the mark. */
export async function toXlsx(rows: ExportRow[], sheetName: string): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Ponte';
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) {
    // Plain values: exceljs writes strings as text cells, never as formulas.
    const added = sheet.addRow(row.values);
    if (row.kind === 'title') added.font = { bold: true, size: 13 };
    if (row.kind === 'header') added.font = { bold: true };
  }
  sheet.getColumn(1).width = 34;
  for (let i = 2; i <= sheet.columnCount; i++) sheet.getColumn(i).width = 16;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function romeTime(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' }).format(at);
}
