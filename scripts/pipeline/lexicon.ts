/**
 * The curated slogan lexicon: CSV files → LexiconEntry[].
 *
 * File format (one spreadsheet-editable CSV per file, UTF-8, a leading BOM is
 * accepted, RFC 4180 quoting, header row required, columns in any order):
 *
 *   slogan_id,canonical,variants,exclude,category,scope,first_year,gloss_en,note
 *
 * - slogan_id  stable ASCII id, lower snake case (`two_establishes`); never reuse one for a different slogan.
 * - canonical  the standard written form. A multi-part slogan is written with 、 between its parts
 *              (`不忘初心、牢记使命`); the matcher also accepts ，“” and spaces between parts.
 * - variants   other forms that count as the same slogan, `|`-separated (short forms, full forms, misspellings).
 *              Traditional characters need no variant: matching runs on simplified text.
 * - exclude    `|`-separated longer strings in which a form is NOT this slogan
 *              (四个坚持 inside 十四个坚持); each must contain one of the row's forms.
 * - category   one of CATEGORIES below.
 * - scope      `national`, or the full name of the province or city whose own slogan it is (浙江省, 湖州市).
 * - first_year the year the formulation was first promoted, only where certain; blank otherwise.
 * - gloss_en   short neutral English for a non-specialist.
 * - note       where the formulation comes from.
 *
 * Several files: `loadLexicons([a, b])` reads them in order; b's rows extend a's, and a row of b whose
 * slogan_id already appeared in an earlier file replaces that row (so a project-specific file can
 * correct or narrow a shared entry without editing it). Within one file a repeated id is an error.
 */
import { readFileSync } from 'node:fs';
import type { LexiconEntry } from './types';
import { parseCsvRows } from './csv';
import { decode } from './decode';

/** Kinds of formulation; the dashboard groups by these. */
export const CATEGORIES = {
  numbered: 'numbered formula (两个确立, 四个意识, 三会一课): a count plus the items it stands for',
  ideology: 'ideological or theoretical concept (新发展理念, 中国式现代化, 人类命运共同体)',
  campaign: 'study or rectification campaign and its watchwords (不忘初心、牢记使命, 以学铸魂, 第一议题)',
  model_experience: 'a local practice promoted as a model for others (枫桥经验, 千万工程, 最多跑一次)',
  programme: 'national policy programme or strategy (一带一路, 乡村振兴, 共同富裕, 放管服)',
  party_building: 'party building and discipline vocabulary (全面从严治党, 四种形态, 一岗双责)',
  governance: 'governance and rule-of-law concepts (依法治国, 基层治理, 平安中国)',
  local: "a province's or city's own signature slogan; its scope names the place (八八战略, 三高四新)",
} as const;
export type Category = keyof typeof CATEGORIES;

export const LEXICON_COLUMNS = ['slogan_id', 'canonical', 'variants', 'exclude', 'category', 'scope', 'first_year', 'gloss_en', 'note'] as const;

/** Default lexicon, relative to the project root. */
export const DEFAULT_LEXICON = 'data/lexicon/slogans.csv';

/** Split a `|`-list, trimming items and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Parse one lexicon CSV. Throws (naming file and line) on structural problems: missing header
 * columns, wrong field count, a first_year that is not a number, a repeated slogan_id.
 * Content problems (unknown category, duplicate forms …) are left to validateLexicon.
 */
export function parseLexiconCsv(text: string, file: string): LexiconEntry[] {
  const records = parseCsvRows(text, file);
  if (records.length === 0) throw new Error(`${file}: empty file, expected a header row`);
  const header = records[0].fields.map((h) => h.trim());
  const missing = LEXICON_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new Error(`${file}: line ${records[0].line}: header lacks column(s) ${missing.join(', ')}`);
  }
  const col = Object.fromEntries(LEXICON_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof LEXICON_COLUMNS)[number], number>;
  const seen = new Map<string, number>();
  const entries: LexiconEntry[] = [];
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== header.length) {
      throw new Error(`${file}: row ${line}: ${fields.length} fields, header has ${header.length} (unquoted comma?)`);
    }
    const get = (c: (typeof LEXICON_COLUMNS)[number]) => fields[col[c]].trim();
    const id = get('slogan_id');
    const canonical = get('canonical');
    if (id === '') throw new Error(`${file}: row ${line}: empty slogan_id`);
    if (canonical === '') throw new Error(`${file}: row ${line}: empty canonical form for ${id}`);
    const earlier = seen.get(id);
    if (earlier !== undefined) throw new Error(`${file}: row ${line}: slogan_id ${id} repeats row ${earlier}`);
    seen.set(id, line);
    const yearText = get('first_year');
    let firstYear: number | null = null;
    if (yearText !== '') {
      firstYear = Number(yearText);
      if (!Number.isFinite(firstYear)) throw new Error(`${file}: row ${line}: first_year "${yearText}" is not a number`);
    }
    entries.push({
      slogan_id: id,
      canonical,
      variants: splitList(get('variants')),
      exclude: splitList(get('exclude')),
      category: get('category'),
      scope: get('scope'),
      first_year: firstYear,
      gloss_en: get('gloss_en'),
      note: get('note'),
      row: line,
      file,
    });
  }
  return entries;
}

/**
 * Merge parsed files in order: later files extend earlier ones; a row whose slogan_id appeared
 * in an earlier file replaces it in place (keeping the earlier position, so output order is stable).
 */
export function mergeLexicons(lists: LexiconEntry[][]): LexiconEntry[] {
  const byId = new Map<string, LexiconEntry>();
  for (const list of lists) for (const e of list) byId.set(e.slogan_id, e);
  return [...byId.values()];
}

/**
 * A lexicon file's text, decoded like a document (a spreadsheet on Chinese
 * Windows saves GBK/GB18030). Throws one line naming the file and the problem.
 */
export function readLexiconText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a CSV file'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? (e as Error).message);
    throw new Error(`lexicon ${file}: ${why}`, { cause: e });
  }
  const decoded = decode(bytes);
  if ('error' in decoded) throw new Error(`lexicon ${file}: ${decoded.error}`);
  // decode() unifies line ends; a quoted multi-line note keeps the file's own, so UTF-8 is read as it is.
  return decoded.encoding.startsWith('utf-8') ? Buffer.from(bytes).toString('utf8') : decoded.text;
}

/** Read and merge lexicon files (see mergeLexicons for the override rule). */
export function loadLexicons(files: string[]): LexiconEntry[] {
  return mergeLexicons(files.map((f) => parseLexiconCsv(readLexiconText(f), f)));
}

/** Every form of an entry: canonical first, then variants. */
export function formsOf(e: Pick<LexiconEntry, 'canonical' | 'variants'>): string[] {
  return [e.canonical, ...e.variants];
}
