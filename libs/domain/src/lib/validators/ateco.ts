/**
 * ATECO activity codes (ATECO 2007 and ATECO 2025, both derived from NACE): a two-digit
 * division 01-99, then the class (62.01), optionally the category (62.01.0) and the
 * subcategory (62.01.00). Only the format is checked, not membership of the official list.
 */
const ATECO = /^(0[1-9]|[1-9]\d)\.\d{2}(\.\d{1,2})?$/;

export function isValidAtecoCode(value: string): boolean {
  return typeof value === 'string' && ATECO.test(value);
}
