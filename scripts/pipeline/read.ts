/**
 * Input discovery: walks the input folders and lists the files the pipeline
 * reads, in a stable order (so runs are deterministic), with the files it
 * will not read and why. Reads no file contents except MANIFEST.csv.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, extname, sep, posix } from 'node:path';
import type { Skip } from './types';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
export const MANIFEST_NAME = 'MANIFEST.csv';
/** Files above this size are reported and skipped rather than read into memory whole. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface InputFile {
  /** absolute path */
  path: string;
  /** path relative to its input root, with / separators: the document's `source_file` */
  relPath: string;
  bytes: number;
}

export interface InputListing {
  files: InputFile[];
  manifests: { path: string; dir: string; rootRel: string }[];
  skipped: Skip[];
}

const toPosix = (p: string) => p.split(sep).join(posix.sep);

/**
 * Lists every supported file under the given roots (any depth), sorted by relPath.
 * When several roots are given, relPaths are prefixed by the root's folder name
 * so that two roots with the same file names stay distinct.
 */
export function listInputs(roots: string[], maxBytes = DEFAULT_MAX_BYTES): InputListing {
  const files: InputFile[] = [];
  const manifests: InputListing['manifests'] = [];
  const skipped: Skip[] = [];
  const prefixOf = (root: string) => (roots.length > 1 ? toPosix(root).replace(/\/+$/, '').split('/').pop() + '/' : '');
  for (const root of roots) {
    const prefix = prefixOf(root);
    const walk = (dir: string) => {
      const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const abs = join(dir, e.name);
        const rel = prefix + toPosix(relative(root, abs));
        if (e.isDirectory()) {
          if (!e.name.startsWith('.')) walk(abs);
          continue;
        }
        if (!e.isFile()) continue;
        if (e.name === MANIFEST_NAME) {
          manifests.push({ path: abs, dir, rootRel: prefix + toPosix(relative(root, dir)) });
          continue;
        }
        if (e.name.startsWith('.')) continue;
        const ext = extname(e.name).toLowerCase();
        if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
          skipped.push({ file: rel, reason: `unsupported file type '${ext || '(none)'}' (read: ${SUPPORTED_EXTENSIONS.join(' ')})` });
          continue;
        }
        const size = statSync(abs).size;
        if (size > maxBytes) {
          skipped.push({ file: rel, reason: `file too large: ${(size / 1e6).toFixed(1)} MB > limit ${(maxBytes / 1e6).toFixed(0)} MB` });
          continue;
        }
        files.push({ path: abs, relPath: rel, bytes: size });
      }
    };
    walk(root);
  }
  files.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  return { files, manifests, skipped };
}
