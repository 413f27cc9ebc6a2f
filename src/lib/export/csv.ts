/**
 * CSV export for downloads: UTF-8 with BOM (so Excel opens Chinese text
 * correctly); cells quoted and neutralised by csv-cell.ts, the one writer of
 * CSV cells that the pipeline's tables use too.
 */
import { CSV_BOM, csvCell, csvLine } from './csv-cell';

export { csvCell };

/** Rows to CSV text; `headers` (same length as `columns`) replaces the header line when given. */
export function toCsv(rows: Record<string, unknown>[], columns: string[], headers: string[] = columns): string {
  return CSV_BOM + csvLine(headers) + rows.map((row) => csvLine(columns.map((c) => row[c]))).join('');
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
