/**
 * Links behind every number (issue 8): the concordance of exactly the
 * documents and phrase a chart shows, and the reader at one occurrence. Plain
 * query strings from the URL codec, so a link opened in a new tab, shared or
 * bookmarked shows the same rows.
 */
import { bucketRange } from '../queries/selection';
import { defaultState, emptyCell, emptyFilters, encodeState, type Cell, type Filters } from './url-codec';

export interface ConcordanceLink {
  slogans?: string[];
  /** free phrase series (`A+B` sums) */
  phrases?: string[];
  filters?: Partial<Filters>;
  cell?: Partial<Cell>;
  /** only documents without a date */
  undated?: boolean;
}

/** `?view=concordance&s=…&q=…&province=…&org=…&date_from=…` */
export function concordanceHref(p: ConcordanceLink): string {
  const extra: Record<string, string> = p.undated ? { undated: '1' } : {};
  return (
    '?' +
    encodeState({
      ...defaultState(),
      view: 'concordance',
      slogans: p.slogans ?? [],
      phrases: p.phrases ?? [],
      filters: { ...emptyFilters(), ...p.filters },
      cell: { ...emptyCell(), ...p.cell },
      extra,
    })
  );
}

/** `?view=reader&doc=…&at=…` (plus `s`/`q` to colour the chosen slogans and phrases). */
export function readerHref(docId: string, at?: number | null, highlight: { slogans?: string[]; phrases?: string[] } = {}): string {
  const extra: Record<string, string> = { doc: docId };
  if (at !== undefined && at !== null) extra.at = String(at);
  return '?' + encodeState({ ...defaultState(), view: 'reader', slogans: highlight.slogans ?? [], phrases: highlight.phrases ?? [], extra });
}

/** Follow an in-app link without a page load (modified clicks open a new tab as usual). */
export function isPlainClick(e: MouseEvent): boolean {
  return !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);
}

/** The cell of a Trends bucket (`2021`, `2021-Q2`, `2021-05`) as URL date bounds. */
export function bucketCell(bucket: string): Pick<Cell, 'date_from' | 'date_to'> {
  const { dateFrom, dateTo } = bucketRange(bucket);
  return { date_from: dateFrom, date_to: dateTo };
}

/** The filter value for "no value" (no region, no organisation …), for links built by the views. */
export { NONE } from '../queries/selection';
