/**
 * Worker thread: loads its resources once, then turns file paths into rows.
 * Reading happens here too, so file bytes never cross threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { loadResources, type ResourceOptions } from './resources';
import { processFile, type FileTask } from './process-file';

const resources = loadResources(workerData as ResourceOptions);

parentPort!.on('message', (task: FileTask) => {
  let result;
  try {
    result = processFile(readFileSync(task.path), task.relPath, task.manifest, resources);
  } catch (e) {
    result = { ok: false as const, relPath: task.relPath, reason: `internal error: ${(e as Error).stack ?? e}` };
  }
  parentPort!.postMessage({ id: task.id, result });
});
