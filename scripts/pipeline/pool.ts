/**
 * A small worker-thread pool that hands out file tasks and delivers results in
 * task order (so everything downstream — candidate examples, pruning — is the
 * same whatever thread finished first). At most `perWorker` tasks wait in each
 * worker, which bounds the memory held by finished-but-undelivered results.
 */
import { Worker } from 'node:worker_threads';

/**
 * Worker threads do not inherit tsx's loader, so each worker first registers
 * it (tsx's public API) and then imports the TypeScript entry.
 */
function startWorker(url: URL, workerData: unknown): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

export interface PoolOptions<I> {
  workerUrl: URL;
  workerData: I;
  workers: number;
}

/**
 * Worker threads started ahead of their tasks, so that their start-up (the
 * TypeScript loader, jieba's dictionaries: about a second of CPU each) runs
 * while the caller still sets up its output. A failure before the tasks
 * arrive is kept and reported by runOrdered.
 */
export interface Pool {
  readonly workers: readonly Worker[];
  /** the first error or abnormal exit of a worker, if any */
  failure: Error | null;
  close(): Promise<void>;
}

export function startPool(opts: PoolOptions<unknown>): Pool {
  const workers = Array.from({ length: Math.max(1, opts.workers) }, () => startWorker(opts.workerUrl, opts.workerData));
  const pool: Pool = {
    workers,
    failure: null,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
  for (const w of workers) {
    w.on('error', (e: Error) => (pool.failure ??= e));
    w.on('exit', (code) => {
      if (code !== 0) pool.failure ??= new Error(`pipeline worker exited with code ${code}`);
    });
  }
  return pool;
}

/** Task ids must be their index in `tasks`. The caller closes the pool. */
export async function runOrdered<T extends { id: number }, R>(
  tasks: readonly T[],
  pool: Pool,
  deliver: (task: T, result: R) => Promise<void> | void,
  perWorker = 2,
): Promise<void> {
  const { workers } = pool;
  if (pool.failure) throw pool.failure;
  const pending = new Map<number, R>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextTask = 0;
  let nextDeliver = 0;
  await new Promise<void>((resolve, reject) => {
    let delivering = Promise.resolve();
    const dispatch = () => {
      for (const w of workers) {
        while (nextTask < tasks.length && load.get(w)! < perWorker && pending.size < workers.length * perWorker * 4) {
          load.set(w, load.get(w)! + 1);
          w.postMessage(tasks[nextTask++]);
        }
      }
    };
    const drain = () => {
      delivering = delivering.then(async () => {
        while (pending.has(nextDeliver)) {
          const r = pending.get(nextDeliver)!;
          pending.delete(nextDeliver);
          await deliver(tasks[nextDeliver], r);
          nextDeliver++;
        }
        if (nextDeliver === tasks.length) resolve();
        else dispatch();
      }, reject);
      delivering.catch(reject);
    };
    for (const w of workers) {
      w.on('message', (msg: { id: number; result: R }) => {
        load.set(w, load.get(w)! - 1);
        pending.set(msg.id, msg.result);
        drain();
        dispatch();
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (code !== 0 && nextDeliver < tasks.length) reject(new Error(`pipeline worker exited with code ${code}`));
      });
    }
    if (tasks.length === 0) resolve();
    else dispatch();
  });
}
