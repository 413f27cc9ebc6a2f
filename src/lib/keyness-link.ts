/** Where a keyness row leads: the concordance of its slogan or phrase inside the target group, under the page's filters. */
import { parsePeriod, type Group, type KeynessRow } from './queries/keyness';
import type { ConcordanceLink } from './state/concordance-link';
import type { Filters } from './vocabulary';

export function keynessRowLink(row: Pick<KeynessRow, 'item_kind' | 'item'>, target: Group, filters: Filters): ConcordanceLink {
  const link: ConcordanceLink = {
    slogans: row.item_kind === 'slogan' ? [row.item] : [],
    phrases: row.item_kind === 'phrase' ? [row.item] : [],
    filters: { ...filters },
  };
  if (target.kind === 'period') {
    const p = parsePeriod(target.value);
    if (p) Object.assign(link, { date_from: String(p[0]), date_to: String(p[1]) });
  } else if (target.kind === 'org') link.org = target.value;
  else link.filters = { ...filters, [target.kind]: [target.value] }; // the target replaces a filter of its own kind
  return link;
}
