/**
 * e2e global setup: build the tables from the default corpus (data/raw) into a
 * folder of this run's own, build the site into its own
 * directory (so it does not race other builds of dist/), start `vite preview`
 * on a free port, and provide its URL. Stops the server at teardown.
 *
 * E2E_DATA_DIR=dir replaces the built site's data/ with another dataset
 * (e.g. the dashboard fixture) — the default is the seed corpus.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** empty when chromium is not installed (tests skip, or fail under CI=true) */
    chromium: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
// One build directory per run: two people running e2e at once must not empty each other's site.
const OUT = resolve(ROOT, `.tmp/e2e-dist-${process.pid}`);

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = existsSync(CHROMIUM) ? CHROMIUM : '';
  project.provide('chromium', chromium);
  if (!chromium) {
    const msg = `e2e: ${CHROMIUM} not found — install with: flock /tmp/apt.lock apt-get install -y chromium fonts-noto-cjk`;
    if (process.env.CI === 'true') throw new Error(msg);
    console.warn(`${msg}\ne2e tests are SKIPPED.`);
    project.provide('baseUrl', '');
    return async () => {};
  }
  // The tests describe the default corpus, so they get tables built from it now —
  // never whatever a previous run (a synthetic corpus, a user's own files) left in public/data.
  const data = process.env.E2E_DATA_DIR ?? resolve(ROOT, `.tmp/e2e-data-${process.pid}`);
  if (!process.env.E2E_DATA_DIR) run('npx', ['tsx', 'scripts/build-data.ts', '--input', 'data/raw', '--out', data]);
  if (!existsSync(resolve(ROOT, 'public/geo/cities')) && existsSync(resolve(ROOT, 'scripts/build-map.ts')))
    run('npx', ['tsx', 'scripts/build-map.ts']);
  run('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn']);
  rmSync(resolve(OUT, 'data'), { recursive: true, force: true });
  cpSync(data, resolve(OUT, 'data'), { recursive: true });
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true, // own process group, so teardown can stop npx and vite together
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitFor(baseUrl, child);
  project.provide('baseUrl', baseUrl);
  return async () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    rmSync(OUT, { recursive: true, force: true });
    if (!process.env.E2E_DATA_DIR) rmSync(data, { recursive: true, force: true });
  };
}
