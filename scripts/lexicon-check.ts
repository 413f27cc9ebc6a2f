/**
 * npm run lexicon:check [-- FILE ...] [--corpus PATH ...] [--zero]
 *
 * Loads the lexicon files (default data/lexicon/slogans.csv; later files override earlier ones by
 * slogan_id), prints every issue as `file:row: level: message` and exits 1 if any is an error.
 * --corpus (a .txt file or a directory searched recursively for .txt) also warns about exclusions
 * that never occur there; --zero then lists the rows none of whose forms occur in the corpus.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LEXICON, loadLexicons } from './pipeline/lexicon';
import { formHits, validateLexicon } from './pipeline/lexicon-check';

function txtFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(path, f));
}

function main(argv: string[]): number {
  const files: string[] = [];
  const corpusPaths: string[] = [];
  let listZero = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--corpus') corpusPaths.push(argv[++i] ?? '');
    else if (argv[i] === '--zero') listZero = true;
    else files.push(argv[i]);
  }
  let entries;
  try {
    entries = loadLexicons(files.length > 0 ? files : [DEFAULT_LEXICON]);
  } catch (err) {
    console.error(`error: ${(err as Error).message}`);
    return 1;
  }
  const corpus =
    corpusPaths.length === 0
      ? undefined
      : corpusPaths
          .flatMap(txtFiles)
          .map((f) => readFileSync(f, 'utf8'))
          .join('\n');
  const issues = validateLexicon(entries, corpus);
  for (const i of issues) console.log(`${i.file}:${i.row}: ${i.level}: ${i.message}`);
  if (corpus !== undefined && listZero) {
    for (const [id, perForm] of formHits(entries, corpus)) {
      if ([...perForm.values()].every((n) => n === 0)) console.log(`zero hits: ${id} (${[...perForm.keys()].join(' | ')})`);
    }
  }
  const nErr = issues.filter((i) => i.level === 'error').length;
  const byCat = new Map<string, number>();
  for (const e of entries) byCat.set(e.category, (byCat.get(e.category) ?? 0) + 1);
  const cats = [...byCat].map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`${entries.length} slogans (${cats}); ${nErr} error(s), ${issues.length - nErr} warning(s)`);
  return nErr > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
