/**
 * Worker thread: builds the matcher and segmenter once, then turns file paths
 * into rows. Reading happens here too, so file bytes never cross threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { createFileProcessor, type FileTask, type ProcessorInit } from './processor';

const init = workerData as ProcessorInit;
const processor = createFileProcessor(init);

parentPort!.on('message', (task: FileTask) => {
  let result;
  try {
    result = processor(readFileSync(task.path), task.relPath, task.manifest);
  } catch (e) {
    result = { ok: false as const, relPath: task.relPath, reason: `internal error: ${(e as Error).stack ?? e}` };
  }
  parentPort!.postMessage({ id: task.id, result });
});
