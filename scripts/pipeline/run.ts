/**
 * The pipeline as one function: input folders → tables in `outDir`. All I/O
 * that a test may want to see or silence (log lines, progress) is injected.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { listInputs, DEFAULT_MAX_BYTES, type InputFile } from './read';
import { loadManifests } from './manifest';
import { loadLexicons, formsOf } from './lexicon';
import { TableStore } from './write';
import { runOrdered, startPool, type Pool } from './pool';
import { loadResources } from './resources';
import { CandidateAggregator } from './discover';
import { buildSummary, lexiconReport } from './summarise';
import { processFile, type FileResult, type FileTask } from './process-file';
import type { Skip } from './types';
import { REPORT_FILE, SUMMARY_FILE } from '../../src/lib/schema';

export interface PipelineOptions {
  inputs: string[];
  outDir: string;
  lexicons: string[];
  useManifests: boolean;
  /** 0 = process in this thread (tests); default one per core */
  workers?: number;
  maxBytes?: number;
  candidateLimit?: number;
}

export interface Effects {
  log(line: string): void;
  warn(line: string): void;
  progress?: { start(totalBytes: number): void; update(doneBytes: number, file: string): void; stop(): void };
}

export interface FileReport {
  file: string;
  bytes: number;
  encoding: string;
  documents: number;
  removed: Record<string, number>;
}

export interface PipelineReport {
  inputs: string[];
  files_read: FileReport[];
  files_skipped: Skip[];
  warnings: string[];
  counts: { files_read: number; files_skipped: number; documents: number; occurrences: number; slogans: number; candidates: number };
  lexicon_rows_without_occurrences: { slogan_id: string; canonical: string }[];
  top_candidates: { phrase: string; kind: string; n_docs: number; score: number }[];
  timings_s: Record<string, number>;
}

export class NoInputError extends Error {}

export async function runPipeline(opts: PipelineOptions, fx: Effects): Promise<PipelineReport> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since) / 1000);

  const listing = listInputs(opts.inputs, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  for (const s of listing.skipped) fx.warn(`skipped ${s.file}: ${s.reason}`);
  if (listing.files.length === 0)
    throw new NoInputError(
      `no input documents found in ${opts.inputs.join(', ')} (looked for ${['.txt', '.md', '.html', '.htm'].join(' ')} files at any depth)`,
    );
  const lexicon = loadLexicons(opts.lexicons);
  const scratch = mkdtempSync(join(tmpdir(), 'tifa-pipeline-'));
  const workers = opts.workers ?? availableParallelism();
  const init = { lexicon, scratchDir: join(scratch, 'dict') };
  // Workers start now: their start-up (loader, jieba dictionaries) overlaps the manifests and DuckDB set-up below.
  const pool: Pool | null =
    workers === 0 ? null : startPool({ workerUrl: new URL('./worker.ts', import.meta.url), workerData: init, workers: Math.min(workers, listing.files.length) });
  let opened: TableStore | null = null;
  try {
    const manifests = opts.useManifests ? loadManifests(listing.manifests) : { entries: new Map(), warnings: [] };
    const warnings = [...manifests.warnings];
    const store = (opened = await TableStore.open(join(scratch, 'db')));
    await store.append(
      'slogans',
      lexicon.map((e) => ({
        ...e,
        variants: e.variants.join('|'),
        exclude: e.exclude.join('|'),
      })),
    );
    const tProcess = performance.now();
    const tasks: FileTask[] = listing.files.map((f: InputFile, id) => ({
      id,
      path: f.path,
      relPath: f.relPath,
      manifest: manifests.entries.get(f.relPath),
    }));
    const aggregator = new CandidateAggregator();
    const filesRead: FileReport[] = [];
    const skipped: Skip[] = [...listing.skipped];
    let doneBytes = 0;
    let nDocs = 0;
    let nOcc = 0;
    const totalBytes = listing.files.reduce((s, f) => s + f.bytes, 0);
    fx.progress?.start(totalBytes);
    const deliver = async (task: FileTask, r: FileResult) => {
      doneBytes += listing.files[task.id].bytes;
      fx.progress?.update(doneBytes, task.relPath);
      if (!r.ok) {
        skipped.push({ file: r.relPath, reason: r.reason });
        fx.warn(`skipped ${r.relPath}: ${r.reason}`);
        return;
      }
      warnings.push(...r.warnings);
      filesRead.push({ file: r.relPath, bytes: listing.files[task.id].bytes, encoding: r.encoding, documents: r.docs.length, removed: r.removed });
      await store.append('documents', r.docs.map((d) => d.row as unknown as Record<string, unknown>));
      // the Simplified copy only where it differs: most documents are written in Simplified
      const texts = r.docs.map((d) => ({ doc_id: d.row.doc_id, text: d.text, simplified: d.simplified === d.text ? null : d.simplified }));
      await store.append('texts', texts);
      for (const d of r.docs) {
        const { starts, lines } = d.lineMap;
        await store.append('text_lines', starts.map((start, i) => ({ doc_id: d.row.doc_id, start, line: lines[i] })));
        await store.append('occurrences', d.occurrences.map((o) => ({ ...o, doc_id: d.row.doc_id })));
        await store.append('mentions', d.mentions.map((m) => ({ ...m, doc_id: d.row.doc_id })));
        aggregator.add(d.row.doc_id, d.row.source_file, d.row.org, d.candidates);
        nOcc += d.occurrences.length;
      }
      nDocs += r.docs.length;
    };
    if (!pool) {
      const resources = loadResources(init);
      for (const task of tasks) {
        let r: FileResult;
        try {
          r = processFile(readFileSync(task.path), task.relPath, task.manifest, resources);
        } catch (e) {
          r = { ok: false, relPath: task.relPath, reason: `internal error: ${(e as Error).message}` };
        }
        await deliver(task, r);
      }
    } else {
      await runOrdered<FileTask, FileResult>(tasks, pool, deliver);
      await pool.close(); // their memory (jieba's dictionaries) is not needed for the aggregation
    }
    fx.progress?.stop();
    lap('process_files', tProcess);
    // The workers are gone: DuckDB may use every core for the aggregation and the export.
    await store.run(`SET threads TO ${availableParallelism()}`);

    const tAgg = performance.now();
    const lexiconForms = new Set(lexicon.flatMap((e) => formsOf(e)));
    const candidates = aggregator.rank(lexiconForms, opts.candidateLimit ?? 500);
    await store.append('candidates', candidates as unknown as Record<string, unknown>[]);
    const summary = await buildSummary(store, filesRead.map((f) => f.file));
    const lex = await lexiconReport(store);
    lap('aggregate', tAgg);

    const tWrite = performance.now();
    const report: PipelineReport = {
      inputs: opts.inputs.map((p) => resolve(p)),
      files_read: filesRead,
      files_skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : 1)),
      warnings,
      counts: {
        files_read: filesRead.length,
        files_skipped: skipped.length,
        documents: nDocs,
        occurrences: nOcc,
        slogans: lexicon.length,
        candidates: candidates.length,
      },
      lexicon_rows_without_occurrences: lex,
      top_candidates: candidates
        .filter((c) => !c.in_lexicon)
        .slice(0, 20)
        .map((c) => ({ phrase: c.phrase, kind: c.kind, n_docs: c.n_docs, score: c.score })),
      timings_s: timings,
    };
    if (nDocs === 0) fx.warn('no documents were found in the input files that could be read');
    lap('total_before_write', t0);
    await store.export(opts.outDir, { [SUMMARY_FILE]: summary, [REPORT_FILE]: report });
    lap('write', tWrite);
    return report;
  } finally {
    await pool?.close();
    opened?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
