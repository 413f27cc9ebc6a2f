/**
 * General-language vocabulary for candidate discovery, read from the
 * dictionaries that ship with nodejieba (cppjieba's dict/): its stop-word list
 * and the words its main dictionary tags as idioms (POS `i`, 成语). Idioms such
 * as 一心一意 have the numeral shape of a formula but are not slogans.
 * Loaded lazily, once per thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let dictDir: string | null = null;
let stopwords: Set<string> | null = null;
let idioms: Set<string> | null = null;

function jiebaDictDir(): string {
  if (!dictDir) {
    const pkg = createRequire(import.meta.url).resolve('nodejieba/package.json');
    dictDir = join(dirname(pkg), 'submodules', 'cppjieba', 'dict');
  }
  return dictDir;
}

/** cppjieba's stop words (的, 了, 一些, 不仅 …). */
export function stopWords(): ReadonlySet<string> {
  if (!stopwords) {
    const text = readFileSync(join(jiebaDictDir(), 'stop_words.utf8'), 'utf8');
    stopwords = new Set(text.split('\n').map((w) => w.trim()).filter(Boolean));
  }
  return stopwords;
}

/** Words of jieba's main dictionary tagged as idioms (成语). */
export function idiomWords(): ReadonlySet<string> {
  if (!idioms) {
    idioms = new Set();
    const text = readFileSync(join(jiebaDictDir(), 'jieba.dict.utf8'), 'utf8');
    for (const line of text.split('\n')) {
      // line: word freq tag
      const sp = line.lastIndexOf(' ');
      if (sp > 0 && line.slice(sp + 1).trim() === 'i') idioms.add(line.slice(0, line.indexOf(' ')));
    }
  }
  return idioms;
}
