/**
 * Throughput check for the slogan matcher (not a test: prints MB/s).
 * Usage: npx tsx scripts/bench-match.ts [targetMB=20]
 * Repeats the seed corpus to ~targetMB of text, matches it with the real
 * lexicon, and for scale also times bare nodejieba.cut over 2 MB of it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { buildMatcher } from './pipeline/match';
import { DEFAULT_LEXICON, loadLexicons } from './pipeline/lexicon';

const SEEDS = 'data/raw/seeds';
const targetMB = Number(process.argv[2] ?? 20);

const docs = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8').replace(/\r\n?/g, '\n'));
const seedBytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const copies = Math.max(1, Math.round((targetMB * 1e6) / seedBytes));
const corpus: string[] = [];
for (let i = 0; i < copies; i++) corpus.push(...docs);
const mb = (seedBytes * copies) / 1e6;

const lexicon = loadLexicons([DEFAULT_LEXICON]);
let t = performance.now();
const matcher = buildMatcher(lexicon);
const buildMs = performance.now() - t;

t = performance.now();
let n = 0;
for (const d of corpus) n += matcher.find(d).length;
const matchS = (performance.now() - t) / 1000;
console.log(`lexicon: ${lexicon.length} slogans, automaton built in ${buildMs.toFixed(1)} ms`);
console.log(`match: ${mb.toFixed(1)} MB, ${n} occurrences, ${matchS.toFixed(2)} s → ${(mb / matchS).toFixed(1)} MB/s`);

const jieba = createRequire(import.meta.url)('nodejieba') as { cut(s: string): string[]; load(): void };
jieba.load();
const sample = docs.join('\n');
const reps = Math.max(1, Math.round(2e6 / Buffer.byteLength(sample)));
t = performance.now();
for (let i = 0; i < reps; i++) for (const para of sample.split('\n')) if (para) jieba.cut(para);
const cutS = (performance.now() - t) / 1000;
const cutMB = (Buffer.byteLength(sample) * reps) / 1e6;
console.log(`nodejieba.cut: ${cutMB.toFixed(1)} MB in ${cutS.toFixed(2)} s → ${(cutMB / cutS).toFixed(1)} MB/s`);
