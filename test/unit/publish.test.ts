/**
 * Issue 12: the table set changes as a whole, one run at a time, and what
 * killed runs leave behind is cleaned up (or, between the two renames, put back).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname, tmpdir } from 'node:os';
import { acquireLock, cleanLeftovers, LockedError, outputPaths, publish, SCRATCH_PREFIX, stagingDir } from '../../scripts/pipeline/publish';

const dirs: string[] = [];
let base: string;
let out: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'tifa-publish-'));
  dirs.push(base);
  out = join(base, 'data');
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('publish', () => {
  it('replaces the whole folder: no file of the old set survives beside the new one', () => {
    mkdirSync(out);
    writeFileSync(join(out, 'documents.csv'), 'old');
    writeFileSync(join(out, 'texts.parquet'), 'old');
    const staging = stagingDir(out);
    writeFileSync(join(staging, 'documents.csv'), 'new');
    publish(staging, out);
    expect(readdirSync(out)).toEqual(['documents.csv']);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toBe('new');
    expect(readdirSync(base)).toEqual(['data']); // no staging or aside folder left
  });
});

describe('acquireLock', () => {
  let sleeper: ChildProcess | null = null;
  afterEach(() => {
    sleeper?.kill();
    sleeper = null;
  });

  it('a second run into the same folder fails at once, naming the run that holds it', () => {
    const release = acquireLock(out);
    expect(() => acquireLock(out)).toThrow(LockedError);
    expect(() => acquireLock(out)).toThrow(new RegExp(`pid ${process.pid}.*is writing`));
    release();
    acquireLock(out)();
  });

  it('a lock held by another live process is respected', () => {
    sleeper = spawn('sleep', ['30']);
    writeFileSync(outputPaths(out).lock, JSON.stringify({ pid: sleeper.pid, host: hostname(), started: 'x' }));
    expect(() => acquireLock(out)).toThrow(new RegExp(`pid ${sleeper.pid}`));
  });

  it('a lock left by a killed run is taken over', () => {
    mkdirSync(base, { recursive: true });
    writeFileSync(outputPaths(out).lock, JSON.stringify({ pid: deadPid(), host: hostname(), started: 'x' }));
    const release = acquireLock(out);
    expect(JSON.parse(readFileSync(outputPaths(out).lock, 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(outputPaths(out).lock)).toBe(false);
  });
});

describe('cleanLeftovers', () => {
  it('removes staging folders and dead runs’ scratch, keeps live runs’ scratch', () => {
    mkdirSync(out);
    const p = outputPaths(out);
    mkdirSync(join(base, `${p.stagingPrefix}123`));
    mkdirSync(join(out, '.staging-456'));
    const scratchRoot = join(base, 'tmp');
    const dead = join(scratchRoot, `${SCRATCH_PREFIX}${deadPid()}-abc`);
    const live = join(scratchRoot, `${SCRATCH_PREFIX}${process.pid}-def`);
    const foreign = join(scratchRoot, `${SCRATCH_PREFIX}Xyz12`); // old naming: whose it is cannot be told, so kept
    for (const d of [dead, live, foreign]) mkdirSync(d, { recursive: true });
    const log = cleanLeftovers(out, scratchRoot);
    expect(log).toHaveLength(3);
    expect(readdirSync(base).sort()).toEqual(['data', 'tmp']);
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live) && existsSync(foreign)).toBe(true);
  });

  it('puts the last complete set back when a run was killed between the two renames', () => {
    const p = outputPaths(out);
    const aside = join(base, `${p.asidePrefix}789`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'documents.csv'), 'complete');
    const log = cleanLeftovers(out, join(base, 'tmp'));
    expect(log[0]).toMatch(/restored/);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8')).toBe('complete');
    expect(existsSync(aside)).toBe(false);
  });
});
