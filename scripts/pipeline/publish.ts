/**
 * How a run's tables replace the previous run's as a whole. Everything is
 * written into a staging folder beside the output folder; when it is
 * complete, the old folder is renamed aside and the staging folder renamed
 * into its place (two renames on one file system, microseconds apart), then
 * the old one is deleted. A reader sees the old set, the new set, or — for
 * that instant — no folder, never tables of two runs. The URLs stay
 * `<out>/<table>.parquet`, so vite dev, vite build and preview need no change.
 *
 * A lock file beside the output folder keeps two runs from writing the same
 * folder: a second run fails at once with a message naming the first run.
 * At start, leftovers of killed runs are cleaned up: staging folders, the
 * aside folder (put back if the kill came between the two renames), a dead
 * run's lock, and scratch folders in the temp directory whose process is gone.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { hostname, tmpdir } from 'node:os';

export class LockedError extends Error {}

export interface OutputPaths {
  out: string;
  parent: string;
  lock: string;
  stagingPrefix: string;
  asidePrefix: string;
}

export function outputPaths(outDir: string): OutputPaths {
  const out = resolve(outDir);
  const parent = dirname(out);
  const name = basename(out);
  return {
    out,
    parent,
    lock: join(parent, `.${name}.lock`),
    stagingPrefix: `.${name}.staging-`,
    asidePrefix: `.${name}.old-`,
  };
}

/** True when a process with this id runs on this machine (a lock from another host is never taken as stale). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

/**
 * Takes the lock on `outDir` or throws LockedError naming the run that holds
 * it. A lock left by a process that no longer exists is taken over.
 */
export function acquireLock(outDir: string): () => void {
  const p = outputPaths(outDir);
  mkdirSync(p.parent, { recursive: true });
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(p.lock, 'wx');
      writeSync(fd, JSON.stringify(mine) + '\n');
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(p.lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let held: Partial<LockInfo> = {};
    try {
      held = JSON.parse(readFileSync(p.lock, 'utf8'));
    } catch {
      /* half-written by a run killed at that moment: stale */
    }
    const sameHost = held.host === undefined || held.host === mine.host;
    if (held.pid !== undefined && (!sameHost || processAlive(held.pid))) {
      throw new LockedError(
        `another pipeline run (pid ${held.pid}${sameHost ? '' : ` on ${held.host}`}, started ${held.started}) is writing ${p.out}; ` +
          `wait for it to finish, or delete ${p.lock} if no such run exists`,
      );
    }
    rmSync(p.lock, { force: true }); // its process is gone
  }
  throw new LockedError(`could not take the lock ${p.lock}`);
}

/** Prefix of this pipeline's scratch folders in the temp directory; the pid follows, so leftovers can be told from live runs. */
export const SCRATCH_PREFIX = 'tifa-pipeline-';

/**
 * Removes what killed runs left: staging folders beside `outDir` (and the older
 * in-folder `.staging-<pid>` kind), an aside folder (restored when the output
 * folder itself is missing), and scratch folders of dead processes. Call with
 * the lock held. Returns one line per thing removed or restored.
 */
export function cleanLeftovers(outDir: string, scratchRoot = tmpdir()): string[] {
  const p = outputPaths(outDir);
  const done: string[] = [];
  const siblings = existsSync(p.parent) ? readdirSync(p.parent) : [];
  const asides = siblings.filter((n) => n.startsWith(p.asidePrefix)).sort();
  if (!existsSync(p.out) && asides.length > 0) {
    // Killed between the two renames of publish(): the aside folder is the last complete set.
    const last = asides.pop()!;
    renameSync(join(p.parent, last), p.out);
    done.push(`restored the tables of the last complete run from ${last}`);
  }
  for (const n of siblings.filter((s) => s.startsWith(p.stagingPrefix)).concat(asides)) {
    rmSync(join(p.parent, n), { recursive: true, force: true });
    done.push(`removed ${n} left by an interrupted run`);
  }
  if (existsSync(p.out)) {
    for (const n of readdirSync(p.out).filter((s) => s.startsWith('.staging-'))) {
      rmSync(join(p.out, n), { recursive: true, force: true });
      done.push(`removed ${n} left by an interrupted run`);
    }
  }
  for (const n of existsSync(scratchRoot) ? readdirSync(scratchRoot) : []) {
    const m = n.startsWith(SCRATCH_PREFIX) ? /^(\d+)-/.exec(n.slice(SCRATCH_PREFIX.length)) : null;
    if (m && !processAlive(Number(m[1]))) {
      rmSync(join(scratchRoot, n), { recursive: true, force: true });
      done.push(`removed scratch ${n} of an interrupted run`);
    }
  }
  return done;
}

/** A fresh staging folder beside `outDir`, for one run's complete table set. */
export function stagingDir(outDir: string): string {
  const p = outputPaths(outDir);
  const dir = join(p.parent, `${p.stagingPrefix}${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Puts a complete staging folder in place of `outDir` (see the file comment). */
export function publish(staging: string, outDir: string): void {
  const p = outputPaths(outDir);
  if (!existsSync(p.out)) {
    renameSync(staging, p.out);
    return;
  }
  const aside = join(p.parent, `${p.asidePrefix}${process.pid}`);
  rmSync(aside, { recursive: true, force: true });
  renameSync(p.out, aside);
  renameSync(staging, p.out);
  rmSync(aside, { recursive: true, force: true });
}
