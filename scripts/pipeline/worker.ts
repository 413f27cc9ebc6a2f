/**
 * Worker thread: loads its resources once, then turns file paths into rows.
 * Reading happens here too, so file bytes never cross threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { loadResources, type ResourceOptions } from './resources';
import { processFile, type FileTask } from './process-file';
import { fsReason } from './read';

const resources = loadResources(workerData as ResourceOptions);

parentPort!.on('message', (task: FileTask) => {
  let result;
  try {
    result = processFile(readFileSync(task.path), task.relPath, task.manifest, resources);
  } catch (e) {
    // A file that cannot be read is the user's problem (one line); anything else is ours, and its
    // stack goes to the terminal — never into report.json, whose paths stay relative.
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) console.error(e);
    result = { ok: false as const, relPath: task.relPath, reason: code ? `not read: ${fsReason(e)}` : `internal error: ${(e as Error).message}` };
  }
  parentPort!.postMessage({ id: task.id, result });
});
