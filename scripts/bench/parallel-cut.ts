/**
 * The floor under `bench:pipeline`: N worker threads that only start, load
 * jieba's dictionary and cut their share of the same lines the bare baseline
 * cuts. No pipeline that segments all its text with nodejieba on N threads
 * can finish faster than this on the same machine, so it shows how much time
 * is left for everything else (decoding, cleaning, attribution, matching,
 * discovery, writing) before the pipeline falls behind the bare baseline.
 */
import { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Plain CommonJS, evaluated: no loader of ours runs in these threads, as in the bare baseline.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const jieba = require(workerData.jieba);
jieba.load();
let tokens = 0;
for (const f of workerData.files) for (const line of readFileSync(f, 'utf8').split('\\n')) if (line) tokens += jieba.cut(line).length;
parentPort.postMessage(tokens);
`;

/** Files dealt to `n` threads, largest first to the least loaded one, so the threads finish together. */
export function dealBySize(files: readonly string[], n: number, size = (f: string) => statSync(f).size): string[][] {
  const shares = Array.from({ length: n }, () => ({ bytes: 0, files: [] as string[] }));
  const bySize = files.map((f) => ({ f, bytes: size(f) })).sort((a, b) => b.bytes - a.bytes || (a.f < b.f ? -1 : 1));
  for (const { f, bytes } of bySize) {
    const least = shares.reduce((m, s) => (s.bytes < m.bytes ? s : m));
    least.files.push(f);
    least.bytes += bytes;
  }
  return shares.map((s) => s.files);
}

/** Wall-clock seconds from starting the threads until the last one is done, and the tokens cut. */
export async function parallelCut(files: readonly string[], threads: number): Promise<{ seconds: number; tokens: number }> {
  const jieba = require.resolve('nodejieba');
  const t0 = performance.now();
  const counts = await Promise.all(
    dealBySize(files, threads).map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(WORKER, { eval: true, workerData: { jieba, files: share } });
          w.once('message', (n: number) => {
            resolve(n);
            void w.terminate();
          });
          w.once('error', reject);
          // A thread that ends without its count (killed, out of memory) must fail the bench, not hang it.
          w.once('exit', (code) => reject(new Error(`a cutting thread exited with code ${code} before reporting`)));
        }),
    ),
  );
  return { seconds: (performance.now() - t0) / 1000, tokens: counts.reduce((a, b) => a + b, 0) };
}
