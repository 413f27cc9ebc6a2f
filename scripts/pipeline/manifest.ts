/**
 * MANIFEST.csv support: a researcher's own metadata for the files they list
 * (`file,title,date,org,province,city,county`, extra columns ignored). Values
 * from a manifest win over anything the pipeline reads from the text.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parseCsvRecords } from './csv';
import type { ManifestEntry } from './types';

const FIELDS = ['title', 'date', 'org', 'province', 'city', 'county'] as const;

/** Parses one manifest; keys are file paths relative to the input root (dirRel + '/' + file). */
export function parseManifest(text: string, dirRel: string): { entries: Map<string, ManifestEntry>; warnings: string[] } {
  const { header, records } = parseCsvRecords(text, `${dirRel || '.'}/MANIFEST.csv`);
  const warnings: string[] = [];
  const entries = new Map<string, ManifestEntry>();
  if (!header.includes('file')) {
    warnings.push(`MANIFEST.csv in '${dirRel || '.'}' has no 'file' column; ignored`);
    return { entries, warnings };
  }
  for (const rec of records) {
    if (!rec.file) continue;
    const entry: ManifestEntry = {};
    for (const f of FIELDS) if (rec[f]) entry[f] = rec[f];
    const key = dirRel ? posix.join(dirRel, rec.file) : posix.normalize(rec.file);
    entries.set(key, entry);
  }
  return { entries, warnings };
}

export function loadManifests(manifests: { path: string; rootRel: string }[]): {
  entries: Map<string, ManifestEntry>;
  warnings: string[];
} {
  const entries = new Map<string, ManifestEntry>();
  const warnings: string[] = [];
  for (const m of manifests) {
    const parsed = parseManifest(readFileSync(m.path, 'utf8'), m.rootRel === '.' ? '' : m.rootRel);
    for (const [k, v] of parsed.entries) entries.set(k, v);
    warnings.push(...parsed.warnings);
  }
  return { entries, warnings };
}
