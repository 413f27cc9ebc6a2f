/** Export file names that say what is in the file: view, slogans and active filters. */

export interface FilenameParts {
  view: string;
  slogans?: string[];
  filters?: Record<string, string[] | string | undefined>;
  ext: 'csv' | 'svg' | 'png';
}

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]+/g;

function clean(s: string): string {
  return s.replace(FORBIDDEN, '_').replace(/\s+/g, '_').trim();
}

/** e.g. `tifa-trends_两个确立+四个意识_province-浙江省_measure-per10k.csv`; long names are cut, the extension kept. */
export function exportFilename({ view, slogans = [], filters = {}, ext }: FilenameParts): string {
  const parts = [`tifa-${clean(view)}`];
  if (slogans.length > 0) parts.push(slogans.map(clean).join('+'));
  for (const [key, value] of Object.entries(filters)) {
    const values = Array.isArray(value) ? value : value ? [value] : [];
    if (values.length > 0) parts.push(`${clean(key)}-${values.map(clean).join('+')}`);
  }
  const stem = parts.join('_');
  // File systems limit names to 255 bytes; 80 characters of CJK (3 bytes each) stay below it.
  const cut = [...stem].slice(0, 80).join('');
  return `${cut}.${ext}`;
}
