/**
 * The documents behind a number: the shared filters plus the exact cell a
 * chart was clicked on (organisation, city, county, date range), as SQL
 * conditions on `documents`. Shared by the concordance, phrase counts and the
 * search CLI, so a click and its concordance select the same documents.
 */
import { raw, sql, type SqlFragment } from '../db/sql';
import type { Filters } from '../vocabulary';
import { filterConditions, NONE } from './filters';

export { NONE };

export interface DocSelection {
  filters: Filters;
  org?: string[];
  city?: string[];
  county?: string[];
  /** inclusive bounds, YYYY, YYYY-MM or YYYY-MM-DD, compared with the document's date at their own precision */
  dateFrom?: string | null;
  dateTo?: string | null;
  /** only documents without a date */
  undated?: boolean;
}

const DATE_BOUND = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `column IN (…)`, where NONE stands for NULL. */
function valueCondition(column: string, values: readonly string[]): SqlFragment | null {
  if (values.length === 0) return null;
  const named = values.filter((v) => v !== NONE);
  const col = raw(column);
  if (named.length === values.length) return sql`${col} IN ${named}`;
  return named.length ? sql`(${col} IN ${named} OR ${col} IS NULL)` : sql`${col} IS NULL`;
}

/**
 * Conditions on documents (alias `d`). A date bound applies at its own
 * precision: date_from=2021-05 keeps 2021-05-03 and 2021-06 but not `2021`
 * (a year-only date cannot be placed in May), as the Trends buckets do.
 */
export function selectionConditions(s: DocSelection): SqlFragment[] {
  const byNone: SqlFragment[] = [];
  const plain = { ...s.filters };
  // NONE in a shared filter key (province, org_type …) needs IS NULL, which filterConditions does not write
  for (const k of Object.keys(plain) as (keyof Filters)[]) {
    if (plain[k].includes(NONE)) {
      byNone.push(valueCondition(`d.${k}`, plain[k])!);
      plain[k] = [];
    }
  }
  const out = [...filterConditions(plain, 'd'), ...byNone];
  for (const [col, values] of [
    ['d.org', s.org],
    ['d.city', s.city],
    ['d.county', s.county],
  ] as const) {
    const c = valueCondition(col, values ?? []);
    if (c) out.push(c);
  }
  if (s.undated) out.push(sql`d."date" IS NULL`);
  if (s.dateFrom && DATE_BOUND.test(s.dateFrom)) out.push(sql`left(d."date", ${s.dateFrom.length}::BIGINT) >= ${s.dateFrom}`);
  if (s.dateTo && DATE_BOUND.test(s.dateTo)) out.push(sql`left(d."date", ${s.dateTo.length}::BIGINT) <= ${s.dateTo}`);
  return out;
}

/** The inclusive date range of a Trends bucket key (`2021`, `2021-Q2`, `2021-05`). */
export function bucketRange(bucket: string): { dateFrom: string; dateTo: string } {
  const q = /^(\d{4})-Q([1-4])$/.exec(bucket);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    return { dateFrom: `${q[1]}-${String(first).padStart(2, '0')}`, dateTo: `${q[1]}-${String(first + 2).padStart(2, '0')}` };
  }
  return { dateFrom: bucket, dateTo: bucket };
}
