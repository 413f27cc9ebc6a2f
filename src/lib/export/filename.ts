/** Export file names that say what is in the file: view, slogans and active filters. */

export interface FilenameParts {
  view: string;
  slogans?: string[];
  filters?: Record<string, string[] | string | undefined>;
  ext: 'csv' | 'svg' | 'png';
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** `+` joins the values of a list: one inside a name (中共A+B委员会) becomes the full-width ＋ so the list stays readable. */
function clean(s: string): string {
  return s.replace(FORBIDDEN, '_').replace(/\s+/g, '_').replace(/\+/g, '＋').trim();
}

const MAX_CHARS = 80;

/** `a+b`, or `a+2more` when a list is long, so what was chosen still fits in the name. */
function list(values: string[], keep: number): string {
  const cleaned = values.map(clean);
  return cleaned.length <= keep ? cleaned.join('+') : `${cleaned.slice(0, keep).join('+')}+${cleaned.length - keep}more`;
}

/**
 * e.g. `tifa-trends_两个确立+四个意识_province-浙江省_measure-per10k.csv`. Filters come
 * whole before slogans are shortened: a name that drops a filter would pass a filtered
 * file off as the whole corpus. Long names are then cut, the extension kept.
 */
export function exportFilename({ view, slogans = [], filters = {}, ext }: FilenameParts): string {
  const filterParts: string[] = [];
  for (const [key, value] of Object.entries(filters)) {
    const values = Array.isArray(value) ? value : value ? [value] : [];
    if (values.length > 0) filterParts.push(`${clean(key)}-${list(values, 2)}`);
  }
  const stem = (keepSlogans: number) =>
    [`tifa-${clean(view)}`, ...(slogans.length > 0 ? [list(slogans, keepSlogans)] : []), ...filterParts].join('_');
  let name = stem(slogans.length);
  for (let keep = Math.min(slogans.length - 1, 2); keep >= 1 && [...name].length > MAX_CHARS; keep--) name = stem(keep);
  // File systems limit names to 255 bytes; 80 characters of CJK (3 bytes each) stay below it.
  const cut = [...name].slice(0, MAX_CHARS).join('');
  return `${cut}.${ext}`;
}
