/**
 * Builds the per-thread state a file needs (matcher, lexicon forms,
 * segmenter) from plain data, so the main thread and workers share one path.
 */
import { buildMatcher } from './match';
import { formsOf } from './lexicon';
import { initSegmenter } from './segment';
import { processFile, type FileResult } from './process-file';
import { provincialFormulas } from './attribute/signature-formulas';
import type { LexiconEntry, ManifestEntry } from './types';

export interface ProcessorInit {
  lexicon: LexiconEntry[];
  scratchDir: string;
}

export interface FileTask {
  id: number;
  path: string;
  relPath: string;
  manifest?: ManifestEntry;
}

export function createFileProcessor(init: ProcessorInit) {
  const forms = init.lexicon.flatMap((e) => formsOf(e));
  initSegmenter(forms, init.scratchDir);
  const matcher = buildMatcher(init.lexicon);
  const lexiconForms = new Set(forms);
  const formulas = provincialFormulas(init.lexicon);
  return (bytes: Uint8Array, relPath: string, manifest?: ManifestEntry): FileResult =>
    processFile(bytes, relPath, manifest, { matcher, lexiconForms, formulas });
}
