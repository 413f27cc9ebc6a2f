/**
 * `npm run pipeline -- [--input DIR ...] [--out DIR] [--lexicon FILE ...] [--no-manifest] [--workers N] [--max-mb N] [--allow-empty]`
 * Reads data/raw → writes the dashboard's tables to public/data.
 * Exit codes: 0 done; 1 nothing written (no documents, a lock held, a lexicon that cannot be read); 2 bad arguments.
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { runPipeline, NoInputError } from './pipeline/run';
import { terminalProgress } from './pipeline/progress';
import { DEFAULT_LEXICON } from './pipeline/lexicon';
import { LockedError } from './pipeline/publish';
import { DEFAULT_MAX_MB, MB } from './pipeline/read';

const HELP = `usage: npm run pipeline -- [options]
  --input DIR      input folder, any depth (repeatable; default data/raw)
  --out DIR        output folder (default public/data)
  --lexicon FILE   slogan lexicon CSV (repeatable: later files extend earlier ones; default ${DEFAULT_LEXICON})
  --no-manifest    ignore MANIFEST.csv files (metadata is then read from the texts only)
  --workers N      worker threads (default: one per core = ${availableParallelism()}; 0 = none)
  --max-mb N       skip files larger than N MB (1 MB = 1,000,000 bytes; default ${DEFAULT_MAX_MB}; decimals allowed)
  --allow-empty    write empty tables when no document is found (default: fail, keep the old tables)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true },
      out: { type: 'string' },
      lexicon: { type: 'string', multiple: true },
      'no-manifest': { type: 'boolean' },
      workers: { type: 'string' },
      'max-mb': { type: 'string' },
      'allow-empty': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    console.error(`--workers must be a whole number ≥ 0, got '${values.workers}'`);
    return 2;
  }
  const maxMb = values['max-mb'] === undefined ? undefined : Number(values['max-mb']);
  if (maxMb !== undefined && !(values['max-mb']!.trim() !== '' && Number.isFinite(maxMb) && maxMb > 0)) {
    console.error(`--max-mb must be a number of MB greater than 0 (e.g. 64 or 0.5), got '${values['max-mb']}'`);
    return 2;
  }
  const t0 = performance.now();
  try {
    const report = await runPipeline(
      {
        inputs: values.input ?? ['data/raw'],
        outDir: values.out ?? 'public/data',
        lexicons: values.lexicon ?? [DEFAULT_LEXICON],
        useManifests: !values['no-manifest'],
        workers,
        maxBytes: maxMb === undefined ? undefined : maxMb * MB,
        allowEmpty: values['allow-empty'] ?? false,
      },
      {
        log: (l) => console.error(l),
        warn: (l) => console.error(`warning: ${l}`),
        progress: terminalProgress(),
      },
    );
    const c = report.counts;
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.error(
      `pipeline: ${c.files_read} files read, ${c.files_skipped} skipped, ${c.documents} documents, ` +
        `${c.occurrences} slogan occurrences, ${c.candidates} candidates in ${secs} s → ${values.out ?? 'public/data'}`,
    );
    const noDocs = report.files_read.filter((f) => f.documents === 0).length;
    const replaced = report.files_read.filter((f) => f.replacement_chars > 0).length;
    if (report.warnings.length || noDocs || replaced)
      console.error(
        `${report.warnings.length} warning(s) (listed above and in report.json)` +
          (noDocs ? `; ${noDocs} file(s) read without a document` : '') +
          (replaced ? `; ${replaced} file(s) with invalid bytes replaced` : ''),
      );
    if (report.lexicon_rows_without_occurrences.length)
      console.error(`lexicon rows with no occurrence in this corpus: ${report.lexicon_rows_without_occurrences.length} (listed in report.json)`);
    if (report.top_candidates.length)
      console.error(
        `top candidate slogans not in the lexicon: ${report.top_candidates
          .slice(0, 10)
          .map((c) => c.phrase)
          .join('、')}`,
      );
    return 0;
  } catch (e) {
    if (e instanceof NoInputError || e instanceof LockedError) {
      console.error(`error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** parseArgs errors (unknown option, missing value) are the user's: one line, no stack. */
const isArgError = (e: unknown) => typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS');

main().then(
  (code) => process.exit(code),
  (e) => {
    if (isArgError(e)) {
      console.error(`error: ${(e as Error).message}\n${HELP}`);
      process.exit(2);
    }
    console.error(e);
    process.exit(1);
  },
);
