/**
 * Where the dictionaries that ship with nodejieba (cppjieba's dict/) live: the
 * one place that knows the path, for the segmenter's resources, the
 * discovery vocabulary and the place-name tables.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** cppjieba's dict/ folder inside the installed nodejieba package. */
export function jiebaDictDir(): string {
  return join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict');
}

/** The main dictionary (lines `word freq tag`, ≈ 350 000 words). */
export function jiebaMainDict(): string {
  return join(jiebaDictDir(), 'jieba.dict.utf8');
}

/** The stop-word list (one word a line). */
export function jiebaStopWords(): string {
  return join(jiebaDictDir(), 'stop_words.utf8');
}
