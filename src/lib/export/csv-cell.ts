/**
 * One CSV cell, the same way everywhere the product writes CSV (pipeline
 * tables and dashboard downloads): RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula (= + - @, also after leading spaces or tabs; tab, CR) neutralised with a
 * leading apostrophe so a document's text can never execute in Excel.
 */
export const CSV_BOM = '\uFEFF';

// Spreadsheets skip leading whitespace (ASCII, no-break and full-width spaces) before running a formula.
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'bigint') s = value.toString();
  else if (typeof value === 'boolean') s = value ? 'true' : 'false';
  else s = String(value);
  // Numbers are written by us, not by documents; a negative number stays a number.
  if (typeof value === 'string' && FORMULA_START.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}
