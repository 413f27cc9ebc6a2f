/**
 * Table and CSV columns of the Diffusion view, with the links behind each
 * first use: the document in the reader, and the group's uses in the
 * concordance (contract of the concordance/reader views).
 */
import type { LinkColumn } from '../charts/table';
import { i18n } from '../i18n.svelte';
import type { DiffusionDim } from '../queries/diffusion';
import { concordanceHref, readerHref } from '../state/concordance-link';
import type { Filters } from '../vocabulary';

type R = Record<string, unknown>;

/** The concordance of one slogan inside one group (province, organisation type or level), under the page's filters. */
export function groupConcordanceHref(sloganId: string, dim: DiffusionDim, grp: string, filters: Filters): string {
  return concordanceHref({ slogans: [sloganId], filters: { ...filters, [dim]: [grp] } });
}

export function diffusionColumns(dim: DiffusionDim, filters: Filters) {
  const t = (k: string) => i18n.t(k);
  const first = [
    { key: 'slogan_id', label: 'slogan_id' },
    { key: 'grp', label: t('df_group') },
    { key: 'first_date', label: t('df_first_date') },
    { key: 'date_precision', label: t('df_precision') },
    { key: 'confidence', label: t('df_confidence') },
    { key: 'doc_id', label: 'doc_id' },
    { key: 'title', label: t('df_document') },
    { key: 'org', label: t('df_org') },
    { key: 'n_docs', label: t('n_docs') },
    { key: 'central_date', label: 'central_date' },
    { key: 'lag_years', label: t('df_lag') },
    { key: 'lag_days', label: t('df_lag_days') },
  ];
  const firstLinked: LinkColumn[] = [
    { key: 'slogan', label: t('slogan') },
    { key: 'grp_label', label: t('df_group') },
    { key: 'first_date', label: t('df_first_date') },
    { key: 'confidence', label: t('df_confidence') },
    { key: 'title', label: t('df_document'), href: (r: R) => readerHref(String(r.doc_id), null, [String(r.slogan_id)]) },
    { key: 'org', label: t('df_org') },
    { key: 'n_docs', label: t('n_docs'), numeric: true, href: (r: R) => groupConcordanceHref(String(r.slogan_id), dim, String(r.grp), filters) },
    { key: 'lag_years', label: t('df_lag'), numeric: true },
    { key: 'lag_days', label: t('df_lag_days'), numeric: true },
  ];
  const adoption = [
    { key: 'slogan_id', label: 'slogan_id' },
    { key: 'bucket', label: t('period') },
    { key: 'n_new', label: 'n_new' },
    { key: 'cumulative', label: 'cumulative' },
    { key: 'n_total', label: 'n_total' },
  ];
  const coverage: LinkColumn[] = [
    { key: 'province', label: t('regions') },
    { key: 'bucket', label: t('period') },
    { key: 'n_docs', label: t('documents'), numeric: true },
  ];
  const lexicon = [
    { key: 'slogan_id', label: 'slogan_id' },
    { key: 'canonical', label: t('slogan') },
    { key: 'gloss_en', label: t('gloss') },
    { key: 'first_year', label: t('first_year') },
    { key: 'first_date', label: t('df_first_date') },
    { key: 'confidence', label: t('df_confidence') },
    { key: 'earlier', label: 'earlier' },
    { key: 'doc_id', label: 'doc_id' },
    { key: 'title', label: t('df_document') },
  ];
  const lexiconLinked: LinkColumn[] = [
    { key: 'canonical', label: t('slogan') },
    { key: 'gloss_en', label: t('gloss') },
    { key: 'first_year', label: t('first_year'), numeric: true },
    { key: 'first_date', label: t('df_first_date') },
    { key: 'confidence', label: t('df_confidence') },
    { key: 'title', label: t('df_document'), href: (r: R) => (r.doc_id ? readerHref(String(r.doc_id), null, [String(r.slogan_id)]) : null) },
  ];
  return { first, firstLinked, adoption, coverage, lexicon, lexiconLinked };
}
