/**
 * The small subset of ICU MessageFormat the dictionaries use:
 *   `{name}`                                   the param; a non-integer number in the locale's
 *                                              format ("2,9" in Italian, "2.9" in English)
 *   `{count, plural, =0 {…} one {…} other {…}}` the branch Intl.PluralRules picks; `#` is the count
 *   `{kind, select, offer {…} other {…}}`      the branch named by the param
 * An unknown param stays as written, so a gap shows without breaking the page.
 */
export type FormatParams = Readonly<Record<string, string | number>>;

export function formatMessage(template: string, params: FormatParams, locale: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) return out + template.slice(i);
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    if (close < 0) return out + template.slice(open);
    out += formatArgument(template.slice(open + 1, close), template.slice(open, close + 1), params, locale);
    i = close + 1;
  }
  return out;
}

/** A number as the locale writes it: integers plain (years, counts), decimals to one place with the locale's separator ("2,9 km", "2.9 km"). */
export function formatNumber(value: number, locale: string): string {
  return Number.isInteger(value) ? String(value) : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

function formatArgument(body: string, whole: string, params: FormatParams, locale: string): string {
  const comma = body.indexOf(',');
  if (comma < 0) {
    const name = body.trim();
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  }
  const name = body.slice(0, comma).trim();
  const rest = body.slice(comma + 1);
  const comma2 = rest.indexOf(',');
  const type = rest.slice(0, comma2).trim();
  if (!(name in params) || comma2 < 0 || (type !== 'plural' && type !== 'select')) return whole;
  const branches = parseBranches(rest.slice(comma2 + 1));
  const value = params[name];
  let key: string;
  if (type === 'plural') {
    const n = Number(value);
    key = branches.has(`=${n}`) ? `=${n}` : new Intl.PluralRules(locale).select(n);
    const branch = branches.get(key) ?? branches.get('other') ?? '';
    return formatMessage(branch.replace(/#/g, formatNumber(n, locale)), params, locale);
  }
  key = String(value);
  return formatMessage(branches.get(key) ?? branches.get('other') ?? '', params, locale);
}

function parseBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    branches.set(text.slice(i, open).trim(), text.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
