/**
 * CSV export: UTF-8 with BOM (so Excel opens Chinese text correctly), RFC 4180
 * quoting, and formula injection neutralised: a text cell that a spreadsheet
 * would evaluate (= + - @, also after leading spaces or tabs; tab, CR) gets a leading apostrophe.
 */

const BOM = '\uFEFF';
// Spreadsheets skip leading whitespace (ASCII, no-break and full-width spaces) before running a formula.
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/** One cell as CSV text. Numbers are written as-is (a negative number is not a formula). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'string' ? value : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text; `headers` (same length as `columns`) replaces the header line when given. */
export function toCsv(rows: Record<string, unknown>[], columns: string[], headers: string[] = columns): string {
  const lines = [headers.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Trigger a browser download of a Blob. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download rows as a CSV file. */
export function downloadCsv(filename: string, rows: Record<string, unknown>[], columns: string[], headers?: string[]): void {
  downloadBlob(new Blob([toCsv(rows, columns, headers)], { type: 'text/csv;charset=utf-8' }), filename);
}
