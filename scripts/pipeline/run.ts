/**
 * The pipeline as one function: input folders → tables in `outDir`. All I/O
 * that a test may want to see or silence (log lines, progress) is injected.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { fsReason, listInputs, rootName, DEFAULT_MAX_BYTES, type InputFile } from './read';
import { loadManifests, rowsWithoutFile } from './manifest';
import { parseLexiconCsv, readLexiconText, mergeLexicons, formsOf } from './lexicon';
import { validateLexicon, type LexiconIssue } from './lexicon-check';
import { acquireLock, cleanLeftovers, publish, stagingDir, SCRATCH_PREFIX } from './publish';
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
  /** write the tables even when no document was found (default: fail and keep the old tables) */
  allowEmpty?: boolean;
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
  /** invalid byte sequences read as U+FFFD (see decode.ts for the threshold) */
  replacement_chars: number;
  documents: number;
  removed: Record<string, number>;
}

export interface PipelineReport {
  /** the input folders by name (paths in this report are relative to them; never absolute local paths) */
  inputs: string[];
  files_read: FileReport[];
  files_skipped: Skip[];
  warnings: string[];
  /** the checks of `npm run lexicon:check`, run on the lexicon of this run */
  lexicon_issues: { file: string; row: number; level: string; message: string }[];
  counts: { files_read: number; files_skipped: number; documents: number; occurrences: number; slogans: number; candidates: number };
  lexicon_rows_without_occurrences: { slogan_id: string; canonical: string }[];
  top_candidates: { phrase: string; kind: string; n_docs: number; score: number }[];
  timings_s: Record<string, number>;
}

/** A user error that stops the run before anything is written: one line, no stack trace. */
export class NoInputError extends Error {}

/** Files in `outDir` that this pipeline does not write: replacing the folder would delete them. */
function foreignFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  if (!statSync(outDir).isDirectory()) return [outDir];
  return readdirSync(outDir).filter((f) => !f.startsWith('.') && !/\.(parquet|csv|json)$/.test(f));
}

/** A path as report.json may show it: relative as given, or only the file name of an absolute path. */
const shownPath = (p: string) => (isAbsolute(p) ? basename(p) : p);

/**
 * The lexicon files, merged. A file that cannot be read or parsed is an error
 * when it is the only one (nothing could be counted right), else a warning and
 * the others are used; so is a file with a header and no rows.
 */
function loadLexiconFiles(files: string[], warnings: string[]) {
  const lists = files.map((f) => {
    try {
      const rows = parseLexiconCsv(readLexiconText(f), shownPath(f));
      if (rows.length === 0) warnings.push(`lexicon ${shownPath(f)}: a header but no slogan rows`);
      return rows;
    } catch (e) {
      if (files.length === 1) throw new NoInputError((e as Error).message);
      warnings.push(`${(e as Error).message}; this lexicon file is not used`);
      return [];
    }
  });
  const lexicon = mergeLexicons(lists);
  if (lexicon.length === 0) throw new NoInputError(`lexicon ${files.join(', ')}: no slogan rows, so nothing could be counted`);
  return lexicon;
}

export async function runPipeline(opts: PipelineOptions, fx: Effects): Promise<PipelineReport> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since) / 1000);

  const warnings: string[] = [];
  const lexicon = loadLexiconFiles(opts.lexicons, warnings);
  const lexiconIssues: LexiconIssue[] = validateLexicon(lexicon);
  for (const i of lexiconIssues) warnings.push(`${i.file}:${i.row}: lexicon ${i.level}: ${i.message}`);

  for (const w of warnings) fx.warn(w);
  const listing = listInputs(opts.inputs, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  for (const r of listing.rootErrors) {
    fx.warn(`--input ${r.root}: ${r.reason}`);
    warnings.push(`--input ${rootName(r.root)}: ${r.reason}`);
  }
  for (const s of listing.skipped) fx.warn(`skipped ${s.file}: ${s.reason}`);
  if (listing.files.length === 0) {
    const why = listing.skipped.length ? `; skipped: ${listing.skipped.map((s) => `${s.file} (${s.reason})`).join('; ')}` : '';
    throw new NoInputError(
      `no input documents found in ${opts.inputs.join(', ')} (looked for ${['.txt', '.md', '.html', '.htm'].join(' ')} files at any depth)${why}`,
    );
  }
  const foreign = foreignFiles(opts.outDir);
  if (foreign.length)
    throw new NoInputError(
      `--out ${opts.outDir} holds files the pipeline did not write (${foreign.slice(0, 5).join(', ')}); its tables replace the whole folder, so choose a folder of its own`,
    );
  const release = acquireLock(opts.outDir);
  let pool: Pool | null = null;
  let scratch: string | null = null;
  let opened: TableStore | null = null;
  let staging: string | null = null;
  try {
    for (const line of cleanLeftovers(opts.outDir)) fx.log(line);
    // The pid in the name tells a later run whether this scratch belongs to a live run.
    scratch = mkdtempSync(join(tmpdir(), `${SCRATCH_PREFIX}${process.pid}-`));
    const workers = opts.workers ?? availableParallelism();
    const init = { lexicon, scratchDir: join(scratch, 'dict') };
    // Workers start now: their start-up (loader, jieba dictionaries) overlaps the manifests and DuckDB set-up below.
    pool =
      workers === 0
        ? null
        : startPool({ workerUrl: new URL('./worker.ts', import.meta.url), workerData: init, workers: Math.min(workers, listing.files.length) });
    const manifests = opts.useManifests ? loadManifests(listing.manifests) : { entries: new Map(), rows: new Map(), warnings: [] };
    const listed = new Set([...listing.files.map((f) => f.relPath), ...listing.skipped.map((s) => s.file)]);
    const manifestWarnings = [...manifests.warnings, ...rowsWithoutFile(manifests, listed)];
    for (const w of manifestWarnings) fx.warn(w);
    warnings.push(...manifestWarnings);
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
      for (const w of r.warnings) fx.warn(w);
      warnings.push(...r.warnings);
      if (r.docs.length === 0) {
        const w = `${r.relPath}: decoded (${r.encoding}) but no document found in it`;
        fx.warn(w);
        warnings.push(w);
      }
      filesRead.push({
        file: r.relPath,
        bytes: listing.files[task.id].bytes,
        encoding: r.encoding,
        replacement_chars: r.replaced,
        documents: r.docs.length,
        removed: r.removed,
      });
      await store.append(
        'documents',
        r.docs.map((d) => d.row as unknown as Record<string, unknown>),
      );
      // the Simplified copy only where it differs: most documents are written in Simplified
      const texts = r.docs.map((d) => ({ doc_id: d.row.doc_id, text: d.text, simplified: d.simplified === d.text ? null : d.simplified }));
      await store.append('texts', texts);
      for (const d of r.docs) {
        const { starts, lines } = d.lineMap;
        await store.append(
          'text_lines',
          starts.map((start, i) => ({ doc_id: d.row.doc_id, start, line: lines[i] })),
        );
        await store.append(
          'occurrences',
          d.occurrences.map((o) => ({ ...o, doc_id: d.row.doc_id })),
        );
        await store.append(
          'mentions',
          d.mentions.map((m) => ({ ...m, doc_id: d.row.doc_id })),
        );
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
          const code = (e as NodeJS.ErrnoException).code;
          r = { ok: false, relPath: task.relPath, reason: code ? `not read: ${fsReason(e)}` : `internal error: ${(e as Error).message}` };
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
    const summary = await buildSummary(
      store,
      filesRead.map((f) => f.file),
    );
    const lex = await lexiconReport(store);
    lap('aggregate', tAgg);

    const tWrite = performance.now();
    const report: PipelineReport = {
      inputs: opts.inputs.map(rootName),
      files_read: filesRead,
      files_skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : 1)),
      warnings,
      lexicon_issues: lexiconIssues.map((i) => ({ file: i.file, row: i.row, level: i.level, message: i.message })),
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
    if (nDocs === 0) {
      if (!opts.allowEmpty) {
        const reasons = skipped.map((s) => `${s.file} (${s.reason})`);
        throw new NoInputError(
          `no documents found, so the tables in ${opts.outDir} were left as they were (pass --allow-empty to write empty tables)` +
            (reasons.length ? `; skipped: ${reasons.join('; ')}` : ''),
        );
      }
      fx.warn('no documents were found in the input files that could be read; empty tables written (--allow-empty)');
    }
    lap('total_before_write', t0);
    staging = stagingDir(opts.outDir);
    await store.export(staging, { [SUMMARY_FILE]: summary, [REPORT_FILE]: report });
    publish(staging, opts.outDir);
    staging = null;
    lap('write', tWrite);
    return report;
  } finally {
    await pool?.close();
    opened?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    if (staging) rmSync(staging, { recursive: true, force: true });
    release();
  }
}
