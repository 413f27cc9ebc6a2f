import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadResources } from '../../scripts/pipeline/resources';
import { processFile } from '../../scripts/pipeline/process-file';
import { buildMatcher } from '../../scripts/pipeline/match';
import type { LexiconEntry } from '../../scripts/pipeline/types';
import { documentLineMap, lineOf } from '../../src/lib/text/line-map';
import { toSimplified } from '../../src/lib/text/simplify';
import { cleanLines } from '../../scripts/pipeline/clean';
import { DEFAULT_LEXICON, loadLexicons } from '../../scripts/pipeline/lexicon';
import { readFileSync, readdirSync } from 'node:fs';

const ROOT = join(__dirname, '../..');
const SEEDS = join(ROOT, 'data/raw/seeds');

const entry = (slogan_id: string, canonical: string): LexiconEntry => ({
  slogan_id,
  canonical,
  variants: [],
  exclude: [],
  category: 'x',
  scope: 'national',
  first_year: null,
  gloss_en: '',
  note: '',
  row: 1,
  file: 't',
});
let deps: ReturnType<typeof loadResources>;

beforeAll(() => {
  deps = loadResources({ lexicon: [entry('two', '两个确立'), entry('ji', '急难愁盼')], scratchDir: join(tmpdir(), 'tifa-line-map-test') });
});

/** The raw file's lines, split the way an editor numbers them (CRLF, LF or CR). */
const rawLines = (raw: string) => raw.split(/\r\n|\r|\n/);

function occurrencesWithLines(raw: string, file: string) {
  const r = processFile(new TextEncoder().encode(raw), file, undefined, deps);
  if (!r.ok) throw new Error(r.reason);
  return r.docs.flatMap((d) => d.occurrences.map((o) => ({ ...o, text: d.text })));
}

describe('lineOf(map, offset)', () => {
  it('finds the segment an offset falls in; null for an empty map', () => {
    const map = { starts: [0, 5, 9], lines: [3, 4, 7] };
    expect([0, 4, 5, 8, 9, 100].map((o) => lineOf(map, o))).toEqual([3, 3, 4, 4, 7, 7]);
    expect(lineOf({ starts: [], lines: [] }, 3)).toBeNull();
  });
  it('documentLineMap() maps the title to its lines and shifts the body past "title\\n"', () => {
    const m = documentLineMap(
      '标题 下',
      [
        { start: 0, line: 1 },
        { start: 3, line: 9 },
      ],
      { starts: [0, 4], lines: [3, 5] },
    );
    expect(m).toEqual({ starts: [0, 3, 5, 9], lines: [1, 9, 3, 5] });
  });
});

describe('documentLineMap() without a title (a manifest-titled file)', () => {
  it('returns plain data that can cross to a worker thread (no lineAt function)', () => {
    const body = { starts: [0], lines: [4], lineAt: () => 4 };
    const m = documentLineMap(null, [], body);
    expect(structuredClone(m)).toEqual({ starts: [0], lines: [4] });
  });
});

describe('occurrence.line points at the raw file line where the occurrence starts', () => {
  it('CRLF input', () => {
    const raw = '关于学习的体会\r\n\r\n我们要深刻领悟两个确立的决定性意义。\r\n\r\n着力解决群众急难愁盼问题。\r\n这是第三段，再讲两个确立。\r\n';
    const occ = occurrencesWithLines(raw, 'crlf.txt');
    expect(occ.length).toBe(3);
    const lines = rawLines(raw);
    for (const o of occ) expect(lines[o.line - 1]).toContain(o.form);
    expect(occ.map((o) => o.line)).toEqual([3, 5, 6]);
  });

  it('hard-wrapped and real input: every occurrence of the seed corpus starts on its line', () => {
    const lexicon = loadLexicons([join(ROOT, DEFAULT_LEXICON)]);
    const seedDeps = { ...deps, matcher: buildMatcher(lexicon) };
    let checked = 0;
    let wrappedAcross = 0;
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const bytes = readFileSync(join(SEEDS, f));
      const r = processFile(new Uint8Array(bytes), f, undefined, seedDeps);
      if (!r.ok) throw new Error(r.reason);
      // compare with the raw lines as cleaning leaves them (the letter D masking 党 restored, spaces inside words
      // removed …), each still under its raw line number
      const lines: string[] = [];
      for (const l of cleanLines(new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n')).lines) lines[l.n - 1] = toSimplified(l.text);
      for (const d of r.docs) {
        for (const o of d.occurrences) {
          const form = o.form.replace(/\s/g, '');
          const here = lines[o.line - 1] ?? '';
          // the form starts on its line: that line holds its first character, and that line plus the
          // next two (a form wrapped over a line break) hold all of it
          expect(here, `${f}:${o.line} ${o.form}`).toContain(form[0]);
          expect(
            lines
              .slice(o.line - 1, o.line + 2)
              .map((l) => l ?? '')
              .join('')
              .replace(/\s/g, ''),
            `${f}:${o.line}`,
          ).toContain(form);
          if (!here.replace(/\s/g, '').includes(form)) wrappedAcross++;
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // seed 002 is newspaper text hard-wrapped inside words: some forms run over a line break
    expect(wrappedAcross).toBeGreaterThan(0);
  });

  it('HTML input: the line is a line of the HTML file', () => {
    const raw = [
      '<!doctype html>',
      '<html><head><title>学习体会</title></head>',
      '<body>',
      '<h1>学习体会</h1>',
      '<p>我们要深刻领悟两个确立的决定性意义。</p>',
      '<p>',
      '着力解决群众急难愁盼问题。',
      '</p>',
      '</body></html>',
    ].join('\n');
    const occ = occurrencesWithLines(raw, 'page.html');
    expect(occ.length).toBe(2);
    const lines = rawLines(raw);
    for (const o of occ) expect(lines[o.line - 1]).toContain(o.form);
  });
});
