/**
 * Input discovery: walks the input folders and lists the files the pipeline
 * reads, in a stable order (so runs are deterministic), with the files it
 * will not read and why. Reads no file contents except MANIFEST.csv.
 *
 * Nothing under a root is ignored silently: symbolic links are followed (a
 * link back into a folder already being walked is a loop, reported and not
 * followed; a second link to a file already listed is reported as a
 * duplicate), and a folder or file that cannot be listed or examined (no
 * permission, a path beyond the system limit, a broken link) is reported
 * with the reason while the rest of the walk goes on.
 */
import { readdirSync, statSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, extname, sep, posix, basename } from 'node:path';
import type { Skip } from './types';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
export const MANIFEST_NAME = 'MANIFEST.csv';
/** `--max-mb` and every size message count in MB of 10^6 bytes. */
export const MB = 1_000_000;
/** Files above this size are reported and skipped rather than read into memory whole. */
export const DEFAULT_MAX_MB = 64;
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * MB;

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
  /** roots that could not be read at all (missing, a file, unreadable), with the reason */
  rootErrors: { root: string; reason: string }[];
}

const toPosix = (p: string) => p.split(sep).join(posix.sep);

/** A size in MB as `--max-mb` takes it: 64, 0.5, 0.01 — never rounded to 0. */
export function formatMb(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? mb.toFixed(0) : mb >= 0.1 ? mb.toFixed(1) : String(Number(mb.toPrecision(2)))} MB`;
}

/** A file-system error as a short reason a user can act on. */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'path longer than the system allows';
    case 'ENOENT':
      return 'does not exist (or is a broken symbolic link)';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return code ?? (e as Error).message;
  }
}

/**
 * Lists every supported file under the given roots (any depth), sorted by relPath.
 * When several roots are given, relPaths are prefixed by the root's folder name
 * so that two roots with the same file names stay distinct.
 */
export function listInputs(roots: string[], maxBytes = DEFAULT_MAX_BYTES): InputListing {
  const files: InputFile[] = [];
  const manifests: InputListing['manifests'] = [];
  const skipped: Skip[] = [];
  const rootErrors: InputListing['rootErrors'] = [];
  /** real path of every file listed → its relPath (a second link to it is a duplicate) */
  const seenFiles = new Map<string, string>();
  const prefixOf = (root: string) => (roots.length > 1 ? toPosix(root).replace(/\/+$/, '').split('/').pop() + '/' : '');
  for (const root of roots) {
    let rootStat: Stats;
    try {
      rootStat = statSync(root);
    } catch (e) {
      rootErrors.push({ root, reason: fsReason(e) });
      continue;
    }
    if (!rootStat.isDirectory()) {
      rootErrors.push({ root, reason: 'is a file, not a folder (pass the folder that holds it)' });
      continue;
    }
    const prefix = prefixOf(root);
    const relOf = (abs: string) => prefix + toPosix(relative(root, abs));
    /** real paths of the folders on the current walk path: a link to one of them is a loop */
    const walking = new Map<string, string>();
    const walk = (dir: string, real: string) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        if (dir === root) rootErrors.push({ root, reason: fsReason(e) });
        else skipped.push({ file: relOf(dir) + '/', reason: `folder not read: ${fsReason(e)}` });
        return;
      }
      walking.set(real, relOf(dir) || '.');
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const abs = join(dir, e.name);
        const rel = relOf(abs);
        if (e.name.startsWith('.') && e.name !== MANIFEST_NAME) continue; // hidden files and folders (.git …)
        let st: Stats;
        let realPath: string;
        try {
          st = statSync(abs); // follows symbolic links
          realPath = e.isSymbolicLink() || e.isDirectory() ? realpathSync(abs) : abs;
        } catch (err) {
          skipped.push({ file: rel, reason: `${e.isSymbolicLink() ? 'symbolic link not followed' : 'not read'}: ${fsReason(err)}` });
          continue;
        }
        if (st.isDirectory()) {
          const loop = walking.get(realPath);
          if (loop !== undefined) {
            skipped.push({ file: rel + '/', reason: `symbolic link loop: points back to '${loop}', not followed again` });
            continue;
          }
          walk(abs, realPath);
          continue;
        }
        if (!st.isFile()) {
          skipped.push({ file: rel, reason: 'not a regular file (device, socket or pipe)' });
          continue;
        }
        if (e.name === MANIFEST_NAME) {
          manifests.push({ path: abs, dir, rootRel: prefix + toPosix(relative(root, dir)) });
          continue;
        }
        const ext = extname(e.name).toLowerCase();
        if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
          skipped.push({ file: rel, reason: `unsupported file type '${ext || '(none)'}' (read: ${SUPPORTED_EXTENSIONS.join(' ')})` });
          continue;
        }
        if (st.size > maxBytes) {
          skipped.push({ file: rel, reason: `file too large: ${formatMb(st.size)} > limit ${formatMb(maxBytes)} (--max-mb)` });
          continue;
        }
        const key = e.isSymbolicLink() ? realPath : safeRealpath(abs);
        const first = seenFiles.get(key);
        if (first !== undefined) {
          skipped.push({ file: rel, reason: `same file as '${first}' (reached through a symbolic link); read once` });
          continue;
        }
        seenFiles.set(key, rel);
        files.push({ path: abs, relPath: rel, bytes: st.size });
      }
      walking.delete(real);
    };
    walk(root, safeRealpath(root));
  }
  files.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  return { files, manifests, skipped, rootErrors };
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The name a root is known by in report.json: its folder name, never its absolute path. */
export function rootName(root: string): string {
  return basename(toPosix(root).replace(/\/+$/, '')) || '.';
}
