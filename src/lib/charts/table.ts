/** Shared by ChartFrame's table view and its CSV export, so both show the same cells. */
export interface Column {
  key: string;
  label: string;
  /** a link for the cell (e.g. to the passages or the document behind it); the CSV keeps the text */
  href?: (row: Record<string, unknown>) => string | null;
}

/** A column of LinkTable: the cell may link (a relative `?…` href; null: plain text). */
export interface LinkColumn extends Column {
  href?: (row: Record<string, unknown>) => string | null;
  numeric?: boolean;
}

/** Text of a table cell (rendered as text, never markup). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}
