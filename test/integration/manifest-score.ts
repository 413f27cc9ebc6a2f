/**
 * Scoring extracted metadata against a corpus MANIFEST.csv: each field of
 * each document is right, wrong or unknown. Unknown (nothing extracted) is a
 * fine answer; wrong is not. The definitions of "right" live here so the
 * extraction test and its unit test share them.
 */
export type Verdict = 'right' | 'wrong' | 'unknown';
export const FIELDS = ['title', 'date', 'org', 'province', 'city'] as const;
export type Field = (typeof FIELDS)[number];

export interface Extracted {
  source_file: string;
  title: string;
  date: string | null;
  org: string | null;
  province: string | null;
  city: string | null;
}

export type Expected = Partial<Record<Field, string>>;

const blank = (v: string | null | undefined): v is null | undefined | '' => v === null || v === undefined || v.trim() === '';

/**
 * A date is right when it agrees with the manifest at the precision both
 * claim: 2026 and 2026-01 agree with 2026-01-25, and 1957-06-26 agrees with a
 * manifest that only says 1957.
 */
export function scoreDate(got: string | null, expected: string | undefined): Verdict {
  if (blank(got)) return 'unknown';
  if (blank(expected)) return 'wrong';
  return got.startsWith(expected) || expected.startsWith(got) ? 'right' : 'wrong';
}

/** Region fields: an empty manifest cell means "none" (a national report has no province), so any value is wrong. */
export function scorePlace(got: string | null, expected: string | undefined): Verdict {
  if (blank(expected)) return blank(got) ? 'right' : 'wrong';
  if (blank(got)) return 'unknown';
  return got === expected.trim() ? 'right' : 'wrong';
}

/**
 * Org names compared after the usual abbreviations: 北京市人民政府 = 北京市政府,
 * 中共北京市委 = 北京市委, 中华人民共和国国务院 = 国务院; and 中央人民政府 =
 * 国务院 (Constitution art. 85: 国务院，即中央人民政府).
 */
export function normOrg(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/^中共/, '')
    .replace(/^中华人民共和国/, '')
    .replace(/^中央人民政府$/, '国务院')
    .replace(/人民政府$/, '政府');
}

export function scoreOrg(got: string | null, expected: string | undefined): Verdict {
  if (blank(got)) return 'unknown';
  if (blank(expected)) return 'wrong';
  return normOrg(got) === normOrg(expected) ? 'right' : 'wrong';
}

const normTitle = (t: string) => t.replace(/[\s\u3000\p{P}]/gu, '');

/**
 * A body fallback (first words of the text + …) is no title: unknown. A title
 * is right when, without spaces and punctuation, one contains the other
 * (the page's 政府工作报告 for the manifest's 2026年北京市政府工作报告).
 */
export function scoreTitle(got: string, expected: string | undefined): Verdict {
  if (got.endsWith('…') || got === '（无标题）') return 'unknown';
  if (blank(expected)) return 'wrong';
  const g = normTitle(got);
  const e = normTitle(expected);
  const [short, long] = g.length <= e.length ? [g, e] : [e, g];
  return short.length >= 4 && long.includes(short) ? 'right' : 'wrong';
}

export function scoreField(field: Field, got: Extracted, expected: Expected): Verdict {
  switch (field) {
    case 'title':
      return scoreTitle(got.title, expected.title);
    case 'date':
      return scoreDate(got.date, expected.date);
    case 'org':
      return scoreOrg(got.org, expected.org);
    default:
      return scorePlace(got[field], expected[field]);
  }
}

export type Table = Record<Field, Record<Verdict, number>>;

/** Counts per field, and the misses (wrong and unknown) as readable lines. */
export function scoreAll(docs: Extracted[], manifest: Map<string, Expected>): { table: Table; misses: string[] } {
  const table = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, wrong: 0, unknown: 0 }])) as Table;
  const misses: string[] = [];
  for (const d of docs) {
    const exp = manifest.get(d.source_file) ?? {};
    for (const f of FIELDS) {
      const v = scoreField(f, d, exp);
      table[f][v]++;
      if (v !== 'right')
        misses.push(`${v.padEnd(7)} ${f.padEnd(8)} ${d.source_file}: got ${JSON.stringify(d[f])}, manifest ${JSON.stringify(exp[f] ?? '')}`);
    }
  }
  return { table, misses };
}

/** The table as aligned text: field | right | wrong | unknown. */
export function formatTable(name: string, t: Table): string {
  const rows = FIELDS.map(
    (f) => `${f.padEnd(9)}${String(t[f].right).padStart(6)}${String(t[f].wrong).padStart(6)}${String(t[f].unknown).padStart(8)}`,
  );
  return [`${name}`, `${'field'.padEnd(9)}${'right'.padStart(6)}${'wrong'.padStart(6)}${'unknown'.padStart(8)}`, ...rows].join('\n');
}
