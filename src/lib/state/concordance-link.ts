/**
 * Links into the concordance and the reader (views of branch h8), built by
 * the agreed URL contract: `view=concordance`, `s=` (repeatable slogan ids),
 * `q=` (repeatable phrases), the shared filter keys, and `org`, `city`,
 * `county`, `date_from`, `date_to` (YYYY, YYYY-MM or YYYY-MM-DD, inclusive);
 * `view=reader&doc=…&at=…`. Pure, so the href is tested without the views.
 */
import { FILTER_KEYS, type Filters } from './url-codec';

export interface ConcordanceLink {
  slogans?: readonly string[];
  phrases?: readonly string[];
  filters?: Partial<Filters>;
  org?: string;
  city?: string;
  county?: string;
  date_from?: string;
  date_to?: string;
}

/** `?view=concordance&s=…` for the given slogans/phrases and filters. */
export function concordanceHref(p: ConcordanceLink): string {
  const q = new URLSearchParams({ view: 'concordance' });
  for (const s of p.slogans ?? []) q.append('s', s);
  for (const s of p.phrases ?? []) q.append('q', s);
  for (const k of FILTER_KEYS) for (const v of p.filters?.[k] ?? []) q.append(k, v);
  for (const k of ['org', 'city', 'county', 'date_from', 'date_to'] as const) {
    const v = p[k];
    if (v) q.set(k, v);
  }
  return `?${q.toString()}`;
}

/** `?view=reader&doc=…` (optionally at a UTF-16 offset, with slogans to highlight). */
export function readerHref(docId: string, at?: number | null, slogans: readonly string[] = []): string {
  const q = new URLSearchParams({ view: 'reader', doc: docId });
  if (at !== undefined && at !== null) q.set('at', String(at));
  for (const s of slogans) q.append('s', s);
  return `?${q.toString()}`;
}
