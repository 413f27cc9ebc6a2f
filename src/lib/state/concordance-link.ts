/**
 * The Diffusion and Keyness views' way into the concordance and the reader:
 * a flat description of a group (filters plus one organisation, city, county
 * or date range) turned into the links of `links.ts`, so every view builds
 * its hrefs with one URL codec.
 */
import { concordanceHref as cellHref, readerHref as readerLink } from './links';
import type { Filters } from './url-codec';

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

/** `?view=concordance&s=…` for the given slogans/phrases, filters and group. */
export function concordanceHref(p: ConcordanceLink): string {
  const one = (v: string | undefined) => (v ? [v] : []);
  return cellHref({
    slogans: [...(p.slogans ?? [])],
    phrases: [...(p.phrases ?? [])],
    filters: p.filters,
    cell: { org: one(p.org), city: one(p.city), county: one(p.county), date_from: p.date_from ?? null, date_to: p.date_to ?? null },
  });
}

/** `?view=reader&doc=…` (optionally at a UTF-16 offset, with slogans to highlight). */
export function readerHref(docId: string, at?: number | null, slogans: readonly string[] = []): string {
  return readerLink(docId, at, { slogans: [...slogans] });
}
