/**
 * Prints the top discovered candidate phrases from an existing candidates.csv.
 * Usage: npm run candidates -- [--data public/data] [--top 50]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCsvRecords } from './pipeline/csv';
import { TABLES } from '../src/lib/schema';

/** Display width: CJK and full-width characters take two terminal columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, w: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
};

/** The candidates table as aligned text, `top` rows in file order (the pipeline writes them ranked). */
export function formatCandidates(records: Record<string, string>[], top: number): string {
  const header = ['#', 'phrase', 'kind', 'docs', 'occ', 'score', 'lex', 'example'];
  const rows = records
    .slice(0, top)
    .map((r, i) => [
      String(i + 1),
      r.phrase,
      r.kind,
      r.n_docs,
      r.n_occurrences,
      Number(r.score).toFixed(2),
      r.in_lexicon === 'true' ? 'yes' : '',
      (r.example_context ?? '').replace(/\s+/g, ' '),
    ]);
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const numeric = new Set([0, 3, 4, 5]);
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : pad(cell ?? '', widths[c], numeric.has(c)))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: 'public/data' }, top: { type: 'string', default: '50' } },
  });
  const file = join(values.data ?? 'public/data', `${TABLES.candidates}.csv`);
  if (!existsSync(file)) {
    console.error(`${file} not found: run \`npm run pipeline\` first`);
    process.exit(1);
  }
  const top = Number(values.top);
  if (!Number.isInteger(top) || top <= 0) {
    console.error(`--top must be a positive integer, got ${values.top}`);
    process.exit(1);
  }
  const { records } = parseCsvRecords(readFileSync(file, 'utf8'), file);
  console.log(formatCandidates(records, top));
  console.log(`\n${Math.min(top, records.length)} of ${records.length} candidates from ${file}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
