import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { listInputs } from '../../scripts/pipeline/read';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tifa-read-'));
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  writeFileSync(join(root, 'b', 'deep', 'z.txt'), '内容');
  writeFileSync(join(root, 'a.md'), '内容');
  writeFileSync(join(root, 'page.HTML'), '<p>内容</p>');
  writeFileSync(join(root, 'scan.pdf'), '%PDF-1.4');
  writeFileSync(join(root, 'big.txt'), 'x'.repeat(2000));
  writeFileSync(join(root, 'MANIFEST.csv'), 'file,title\na.md,标题\n');
  writeFileSync(join(root, '.hidden.txt'), 'x');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listInputs', () => {
  it('finds supported files at any depth, sorted, with posix relative paths', () => {
    const { files } = listInputs([root], 1000);
    expect(files.map((f) => f.relPath)).toEqual(['a.md', 'b/deep/z.txt', 'page.HTML']);
  });
  it('reports unsupported and too-large files with a reason instead of reading them', () => {
    const { skipped } = listInputs([root], 1000);
    const byFile = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(byFile['scan.pdf']).toMatch(/unsupported file type '\.pdf'/);
    expect(byFile['big.txt']).toMatch(/too large/);
  });
  it('lists MANIFEST.csv separately and ignores hidden files', () => {
    const { manifests, files } = listInputs([root], 1000);
    expect(manifests).toHaveLength(1);
    expect(files.some((f) => f.relPath.includes('hidden'))).toBe(false);
  });
  it('prefixes paths with the root folder name when several roots are given', () => {
    const other = mkdtempSync(join(tmpdir(), 'tifa-read2-'));
    writeFileSync(join(other, 'a.md'), '内容');
    const { files } = listInputs([root, other], 1000);
    const names = files.map((f) => f.relPath);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.endsWith('/a.md'))).toHaveLength(2);
    rmSync(other, { recursive: true, force: true });
  });
});
