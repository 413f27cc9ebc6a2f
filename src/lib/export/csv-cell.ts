/**
 * One CSV cell, the same way everywhere the product writes CSV (pipeline
 * tables and dashboard downloads): RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula (= + - @, tab, CR) neutralised with a
 * leading apostrophe so a document's text can never execute in Excel.
 */
export const CSV_BOM = '\uFEFF';

// A formula may hide behind leading blanks: some spreadsheets trim them before deciding (" =1+1", "\t@SUM(…)").
const FORMULA_START = /^[\t\r]|^[ \t\u00a0\u3000]*[=+\-@]/;

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
