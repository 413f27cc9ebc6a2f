import { parseCsvRows } from '../../scripts/pipeline/csv';

/** Rows of a downloaded CSV (BOM already stripped), read with the project's strict RFC 4180 parser. */
export function parseCsv(text: string): string[][] {
  return parseCsvRows(text, 'download.csv').map((r) => r.fields);
}
