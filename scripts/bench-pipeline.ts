/**
 * `npm run bench:pipeline [-- --mb 50] [--workers N]`
 * Runs the whole pipeline on a ≥ 50 MB synthetic corpus and, in the same
 * process, a bare single-thread nodejieba.cut over the same files, line by
 * line; prints MB/s of both, their ratio (target: pipeline time ≤ bare
 * segmentation time) and the peak RSS.
 */
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { runPipeline } from './pipeline/run';
import { DEFAULT_LEXICON } from './pipeline/lexicon';
import { parallelCut } from './bench/parallel-cut';

const require = createRequire(import.meta.url);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && f.endsWith('.txt'))
    .sort();
}

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

async function main() {
  const { values } = parseArgs({ options: { mb: { type: 'string' }, workers: { type: 'string' }, corpus: { type: 'string' } } });
  const mb = Number(values.mb ?? 50);
  const corpus = values.corpus ?? join('data', 'synthetic', `synthetic-${mb}mb`);
  if (!existsSync(corpus)) execFileSync('npx', ['tsx', 'scripts/synth.ts', '--mb', String(mb)], { stdio: 'inherit' });
  const files = filesUnder(corpus);
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const MB = bytes / 1e6;
  console.log(`corpus: ${corpus} — ${files.length} files, ${MB.toFixed(1)} MB (synthetic)`);

  const out = mkdtempSync(join(tmpdir(), 'tifa-bench-'));
  const threads = values.workers === undefined ? availableParallelism() : Number(values.workers);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await runPipeline(
    {
      inputs: [corpus],
      outDir: out,
      lexicons: [DEFAULT_LEXICON],
      useManifests: true,
      workers: threads,
    },
    { log: () => {}, warn: () => {} },
  );
  const pipelineS = (performance.now() - t0) / 1000;
  const pipelineCpuS = cpuSeconds(process.cpuUsage(cpu0));
  const rssPipelineMB = process.resourceUsage().maxRSS / 1024;
  rmSync(out, { recursive: true, force: true });

  const jieba = require('nodejieba') as { load(): void; cut(s: string): string[] };
  jieba.load();
  const cpu1 = process.cpuUsage();
  const t1 = performance.now();
  let tokens = 0;
  for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) if (line) tokens += jieba.cut(line).length;
  const jiebaS = (performance.now() - t1) / 1000;
  const jiebaCpuS = cpuSeconds(process.cpuUsage(cpu1));
  const floorThreads = Math.max(1, threads); // --workers 0 runs the pipeline in this thread: one thread
  const floor = await parallelCut(files, floorThreads);
  if (floor.tokens !== tokens) throw new Error(`the parallel cut saw ${floor.tokens} tokens, the bare cut ${tokens}`);

  const rows = [
    ['whole pipeline', pipelineS, MB / pipelineS],
    ['bare nodejieba.cut (1 thread)', jiebaS, MB / jiebaS],
    [`load + cut only (${floorThreads} thread${floorThreads === 1 ? '' : 's'})`, floor.seconds, MB / floor.seconds],
  ] as const;
  for (const [name, s, rate] of rows) console.log(`${name.padEnd(32)} ${s.toFixed(2).padStart(8)} s ${rate.toFixed(2).padStart(7)} MB/s`);
  console.log(`ratio pipeline time / bare segmentation time: ${(pipelineS / jiebaS).toFixed(2)} (target ≤ 1.00)`);
  console.log(`floor: threads that only load jieba and cut, over bare: ${(floor.seconds / jiebaS).toFixed(2)}`);
  console.log(
    `CPU time, all threads: pipeline ${pipelineCpuS.toFixed(2)} s, bare cut ${jiebaCpuS.toFixed(2)} s (${(pipelineCpuS / jiebaCpuS).toFixed(2)}×)`,
  );
  console.log(`documents: ${report.counts.documents}, occurrences: ${report.counts.occurrences}, bare tokens: ${tokens}`);
  console.log(`peak RSS during the pipeline: ${rssPipelineMB.toFixed(0)} MB (input ${MB.toFixed(0)} MB)`);
  console.log(`stage timings (s): ${JSON.stringify(report.timings_s)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
