/**
 * Bounds and well-formedness of a link's query string, checked before any value
 * becomes app state (and so before it can reach DuckDB). Measured: 3,000 values of
 * one filter key, or one 100 kB value, make a DuckDB-WASM query fail with "memory
 * access out of bounds" and leave the engine broken for the rest of the session.
 * Pure: the caller shows the notices.
 */

export const URL_LIMITS = {
  /** the whole query string, in characters (a link of a few hundred files fits) */
  queryChars: 65_536,
  /** distinct keys */
  keys: 40,
  /** characters of one key */
  keyChars: 40,
  /** values of one key (e.g. chosen source files: "Select all matches" adds up to 300) */
  valuesPerKey: 500,
  /** characters of one value (a long file path, or dozens of organisation names joined, fits) */
  valueChars: 2_000,
} as const;

/** Something in a link that was not used as it was; `refused` ones make the whole link fall back to the default view. */
export type UrlProblem =
  | 'too_long' // the query string (refused)
  | 'too_many_keys' // (refused)
  | 'key_too_long' // (refused)
  | 'too_many_values' // of one key (refused)
  | 'value_too_long' // (refused)
  | 'bad_encoding' // invalid percent-escape or not UTF-8: the value is dropped
  | 'control_chars' // in a key or value: dropped
  | 'unknown_value' // not one of the key's allowed values: dropped
  | 'capped'; // more values than the view uses: the first ones kept

export interface UrlNotice {
  problem: UrlProblem;
  /** the parameter name ('' for the whole query string) */
  key: string;
  /** the offending value, shortened for display */
  value?: string;
  /** how many (characters or values) the link had */
  count?: number;
  /** the limit it passed */
  limit?: number;
}

export const REFUSING: ReadonlySet<UrlProblem> = new Set(['too_long', 'too_many_keys', 'key_too_long', 'too_many_values', 'value_too_long']);

/** A value short enough to show in a notice. */
export function shorten(value: string, max = 40): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max).join('')}…`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** One `a=b` part decoded as URLSearchParams does, but an invalid escape is an error, not U+FFFD. */
function decodePart(part: string): string | null {
  try {
    const text = decodeURIComponent(part.replace(/\+/g, ' '));
    // %EF%BF%BD decodes without error; a replacement character is never a real name either.
    return text.includes('\uFFFD') ? null : text;
  } catch {
    return null;
  }
}

/**
 * Parse a query string (with or without `?`). Returns the usable entries in order, and
 * notices; `entries` is null when the link is refused as a whole (oversized), so the
 * caller shows the default view.
 */
export function checkQuery(search: string): { entries: [string, string][] | null; notices: UrlNotice[] } {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > URL_LIMITS.queryChars) {
    return { entries: null, notices: [{ problem: 'too_long', key: '', count: query.length, limit: URL_LIMITS.queryChars }] };
  }
  const entries: [string, string][] = [];
  const notices: UrlNotice[] = [];
  const perKey = new Map<string, number>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodePart(eq < 0 ? part : part.slice(0, eq));
    const value = decodePart(eq < 0 ? '' : part.slice(eq + 1));
    if (key === null || value === null) {
      notices.push({ problem: 'bad_encoding', key: key ?? shorten(part.slice(0, Math.max(eq, 0)) || part), value: shorten(part) });
      continue;
    }
    if (key.length > URL_LIMITS.keyChars) {
      return { entries: null, notices: [{ problem: 'key_too_long', key: shorten(key), count: key.length, limit: URL_LIMITS.keyChars }] };
    }
    if (CONTROL.test(key) || CONTROL.test(value)) {
      notices.push({ problem: 'control_chars', key: shorten(key), value: shorten(value) });
      continue;
    }
    if (value.length > URL_LIMITS.valueChars) {
      return {
        entries: null,
        notices: [{ problem: 'value_too_long', key, value: shorten(value), count: value.length, limit: URL_LIMITS.valueChars }],
      };
    }
    const n = (perKey.get(key) ?? 0) + 1;
    perKey.set(key, n);
    entries.push([key, value]);
  }
  if (perKey.size > URL_LIMITS.keys) {
    return { entries: null, notices: [{ problem: 'too_many_keys', key: '', count: perKey.size, limit: URL_LIMITS.keys }] };
  }
  for (const [key, n] of perKey) {
    if (n > URL_LIMITS.valuesPerKey) {
      return { entries: null, notices: [{ problem: 'too_many_values', key, count: n, limit: URL_LIMITS.valuesPerKey }] };
    }
  }
  return { entries, notices };
}
