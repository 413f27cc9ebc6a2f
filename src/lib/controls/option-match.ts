/** Type-to-filter over a long list of filter values (e.g. thousands of source files). */
export interface ValueOption {
  value: string;
  label: string;
  /** documents with this value */
  n: number;
}

export interface OptionMatches {
  /** the first `limit` matches, in the options' order */
  shown: ValueOption[];
  /** how many options match in all */
  total: number;
}

/**
 * Options whose value or label contains every whitespace-separated term of
 * `query` (case-insensitive, any order), so `seeds 2021` finds
 * `seeds/2021-03_讲话.txt`. An empty query matches everything.
 */
export function matchOptions(options: readonly ValueOption[], query: string, limit: number): OptionMatches {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  const shown: ValueOption[] = [];
  let total = 0;
  for (const o of options) {
    if (terms.length > 0) {
      const hay = o.value === o.label ? o.value.toLowerCase() : `${o.value}\n${o.label}`.toLowerCase();
      if (!terms.every((t) => hay.includes(t))) continue;
    }
    total++;
    if (shown.length < limit) shown.push(o);
  }
  return { shown, total };
}

/**
 * The selection after the user changed a list that shows only some options:
 * values not on screen stay selected, the visible ones are replaced by what is
 * now picked there. Keeps the previous order, new values at the end.
 */
export function mergeSelection(previous: readonly string[], visible: readonly string[], picked: readonly string[]): string[] {
  const onScreen = new Set(visible);
  const pickedSet = new Set(picked);
  const kept = previous.filter((v) => !onScreen.has(v) || pickedSet.has(v));
  const have = new Set(kept);
  return [...kept, ...picked.filter((v) => !have.has(v))];
}
