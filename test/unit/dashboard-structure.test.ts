// The dashboard's layering, checked on the source: query modules are plain
// TypeScript that never import the browser's state, and views reach the
// engine only through query modules (never `db.runner`).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const files = (dir: string) => readdirSync(resolve(SRC, dir)).map((f) => ({ f, text: readFileSync(resolve(SRC, dir, f), 'utf8') }));

describe('dashboard layering', () => {
  it('no module of src/lib/queries imports src/lib/state', () => {
    const offenders = files('lib/queries')
      .filter(({ text }) => /from '\.\.\/state\//.test(text))
      .map(({ f }) => f);
    expect(offenders).toEqual([]);
  });
  it('no view calls db.runner directly', () => {
    const offenders = files('views')
      .filter(({ text }) => /\bdb\.runner\b/.test(text))
      .map(({ f }) => f);
    expect(offenders).toEqual([]);
  });
  // Script and markup only: a view's own <style> block and blank lines are not logic, and Prettier's wrapping
  // (printWidth 150) should not decide whether a view must be split.
  it('views stay under 250 lines of script and markup', () => {
    const codeLines = (text: string) =>
      text
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .split('\n')
        .filter((l) => l.trim() !== '').length;
    const long = files('views')
      .map(({ f, text }) => [f, codeLines(text)] as const)
      .filter(([, n]) => n > 250);
    expect(long).toEqual([]);
  });
});
