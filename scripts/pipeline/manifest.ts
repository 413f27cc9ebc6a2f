/**
 * MANIFEST.csv support: a researcher's own metadata for the files they list
 * (`file,title,date,org,province,city,county`, extra columns ignored). Values
 * from a manifest win over anything the pipeline reads from the text.
 *
 * A manifest is decoded like a document (Excel on Chinese Windows saves
 * GBK/GB18030). Values the pipeline cannot use are warnings naming the
 * manifest and its line: a date it cannot read (the text's own date is used
 * instead), a province, city or county not in the gazetteer (kept as written,
 * but it will not be placed on the map), and — checked by the caller against
 * the listing — a row naming a file that is not among the inputs.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parseCsvRows } from './csv';
import { decode } from './decode';
import { extractDate } from './attribute/date';
import { buildGazetteer, type Gazetteer } from './attribute/gazetteer';
import type { ManifestEntry } from './types';
import type { PlaceLevel } from './attribute/gazetteer';

const FIELDS = ['title', 'date', 'org', 'province', 'city', 'county'] as const;
const LEVEL: Record<'province' | 'city' | 'county', PlaceLevel> = { province: 'province', city: 'city', county: 'county' };

export interface ManifestRow {
  /** the manifest, relative to the input root */
  manifest: string;
  line: number;
}

export interface ParsedManifests {
  entries: Map<string, ManifestEntry>;
  /** where each entry was given, for messages */
  rows: Map<string, ManifestRow>;
  warnings: string[];
}

/**
 * Null when `name` is the full name of a place of this level (a province-level
 * city such as 北京市 may stand in the city column too); else why not, with
 * the full name when `name` is a short form of exactly one place (浙江 → 浙江省).
 */
function placeProblem(name: string, level: PlaceLevel, g: Gazetteer): string | null {
  const places = (g.byName.get(name) ?? []).filter((p) => p.level === level || (level === 'city' && p.level === 'province' && p.name.endsWith('市')));
  if (places.some((p) => p.name === name)) return null;
  const full = [...new Set(places.map((p) => p.name))];
  return full.length === 1 ? `not the full name (${full[0]}?)` : 'not in the gazetteer (use the full name, e.g. 浙江省, 湖州市)';
}

/** Parses one manifest; keys are file paths relative to the input root (dirRel + '/' + file). */
/** `g` checks place names; loadManifests builds one for all manifests of a run. */
export function parseManifest(text: string, dirRel: string, g: Gazetteer = buildGazetteer()): ParsedManifests {
  const where = `${dirRel ? dirRel + '/' : ''}MANIFEST.csv`;
  const rows = parseCsvRows(text, where);
  const warnings: string[] = [];
  const entries = new Map<string, ManifestEntry>();
  const at = new Map<string, ManifestRow>();
  const header = rows.length ? rows[0].fields.map((h) => h.trim().toLowerCase()) : [];
  if (!header.includes('file')) {
    warnings.push(`${where}: no 'file' column; ignored`);
    return { entries, rows: at, warnings };
  }
  for (const { line, fields } of rows.slice(1)) {
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h] = (fields[k] ?? '').trim()));
    if (!rec.file) {
      if (fields.some((f) => f.trim())) warnings.push(`${where}: line ${line}: empty 'file' value; row ignored`);
      continue;
    }
    const entry: ManifestEntry = {};
    for (const f of FIELDS) if (rec[f]) entry[f] = rec[f];
    if (entry.date && extractDate({ dateLine: null, title: null, bodyText: '' }, { date: entry.date }).date === null) {
      warnings.push(`${where}: line ${line}: date '${entry.date}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD); the text's own date is used`);
      delete entry.date;
    }
    for (const f of ['province', 'city', 'county'] as const) {
      const v = entry[f];
      const problem = v ? placeProblem(v, LEVEL[f], g) : null;
      if (problem) warnings.push(`${where}: line ${line}: unknown ${f} '${v}': ${problem}; kept as written`);
    }
    const key = dirRel ? posix.join(dirRel, rec.file) : posix.normalize(rec.file);
    const earlier = at.get(key);
    if (earlier) warnings.push(`${where}: line ${line}: '${rec.file}' repeats line ${earlier.line}; the later row is used`);
    entries.set(key, entry);
    at.set(key, { manifest: where, line });
  }
  return { entries, rows: at, warnings };
}

export function loadManifests(manifests: { path: string; rootRel: string }[]): ParsedManifests {
  const entries = new Map<string, ManifestEntry>();
  const rows = new Map<string, ManifestRow>();
  const warnings: string[] = [];
  let g: Gazetteer | undefined; // built for the first manifest that is read
  for (const m of manifests) {
    const dirRel = m.rootRel === '.' ? '' : m.rootRel;
    const where = `${dirRel ? dirRel + '/' : ''}MANIFEST.csv`;
    let text: string;
    try {
      const decoded = decode(readFileSync(m.path));
      if ('error' in decoded) {
        warnings.push(`${where}: not read: ${decoded.error}`);
        continue;
      }
      text = decoded.text;
    } catch (e) {
      warnings.push(`${where}: not read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    let parsed: ParsedManifests;
    try {
      g ??= buildGazetteer();
      parsed = parseManifest(text, dirRel, g);
    } catch (e) {
      warnings.push(`${(e as Error).message}; manifest ignored`);
      continue;
    }
    for (const [k, v] of parsed.entries) entries.set(k, v);
    for (const [k, v] of parsed.rows) rows.set(k, v);
    warnings.push(...parsed.warnings);
  }
  return { entries, rows, warnings };
}

/** Manifest rows naming a file that is not among the files read (nor reported as skipped). */
export function rowsWithoutFile(parsed: ParsedManifests, listed: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [key, row] of parsed.rows) {
    if (!listed.has(key)) out.push(`${row.manifest}: line ${row.line}: names '${key}', which is not among the input files; row unused`);
  }
  return out;
}
