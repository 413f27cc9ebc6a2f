/**
 * Issue 12: furniture is cut out of a line, not the line out of the file. A
 * page whose line breaks were lost keeps its text when it opens with a
 * breadcrumb or holds an ICP footer; the seed documents with every line
 * break removed still give documents.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanLines } from '../../scripts/pipeline/clean';
import { cutFurniture } from '../../scripts/pipeline/clean/furniture';
import { loadResources, type ResourceOptions } from '../../scripts/pipeline/resources';
import { processFile } from '../../scripts/pipeline/process-file';

/** The per-thread resources and the file stage, as a worker uses them. */
function createFileProcessor(opts: ResourceOptions) {
  const res = loadResources(opts);
  return (bytes: Uint8Array, relPath: string) => processFile(bytes, relPath, undefined, res);
}
import { DEFAULT_LEXICON, loadLexicons } from '../../scripts/pipeline/lexicon';

const PROSE = '全市各级党组织要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。';

describe('cutFurniture / cleanLines on one-line pages', () => {
  it('cuts a breadcrumb that opens a line of prose and keeps the prose', () => {
    const line = `当前位置：首页 > 党建工作 > 理论学习${PROSE}`;
    const { lines, removed } = cleanLines(line);
    expect(lines.map((l) => l.text)).toEqual([`理论学习${PROSE}`]);
    expect(removed.furniture).toBe(1);
  });

  it('cuts an ICP footer anywhere in a line and keeps the text on both sides', () => {
    const line = `${PROSE}版权所有：某某市委宣传部 浙ICP备12345678号${PROSE}`;
    const cut = cutFurniture(line);
    expect(cut?.text).toBe(`${PROSE}${PROSE}`);
    const end = `${PROSE}Copyright © 2020 某某网 All Rights Reserved 沪ICP备18054162号-1`;
    expect(cleanLines(end).lines.map((l) => l.text)).toEqual([PROSE]);
  });

  it('still drops a line that is only furniture, as before', () => {
    for (const line of ['当前位置：首页 > 党建工作 > 理论学习', '版权所有：某某市委宣传部 浙ICP备12345678号']) {
      expect(cleanLines(line).lines.map((l) => l.text)).toEqual([]);
    }
  });
});

describe('seed documents with every line break removed', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'tifa-oneline-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const SEEDS = join(__dirname, '../../data/raw/seeds');

  it('every seed still gives documents holding (almost) all its slogans', () => {
    const processor = createFileProcessor({ lexicon: loadLexicons([DEFAULT_LEXICON]), scratchDir: join(scratch, 'dict') });
    for (const f of readdirSync(SEEDS).sort()) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const occ = (r: ReturnType<typeof processor>) => (r.ok ? r.docs.reduce((s, d) => s + d.occurrences.length, 0) : 0);
      const normal = processor(Buffer.from(text), f);
      const flat = processor(Buffer.from(text.replace(/\r?\n/g, '')), f);
      expect(flat.ok, f).toBe(true);
      if (!flat.ok) continue;
      expect(flat.docs.length, f).toBeGreaterThan(0);
      // joined lines may complete a slogan broken over two lines; none may be lost
      expect(occ(flat), f).toBeGreaterThanOrEqual(occ(normal));
    }
  }, 120_000);

  it('a short one-line page opening with a breadcrumb is a document, not "no text left"', () => {
    const processor = createFileProcessor({ lexicon: loadLexicons([DEFAULT_LEXICON]), scratchDir: join(scratch, 'dict2') });
    const r = processor(Buffer.from(`当前位置：首页 > 党建 > ${PROSE}`), 'bc.txt');
    expect(r.ok && r.docs.length).toBe(1);
    const icp = processor(Buffer.from(`${PROSE}版权所有：某某网 浙ICP备12345678号`), 'icp.txt');
    expect(icp.ok && icp.docs[0].text).toBe(PROSE);
  }, 60_000);
});
