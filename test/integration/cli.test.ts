/**
 * The command line as a user runs it (worker threads included): mixed
 * encodings and formats are read, bad files are reported and skipped without
 * losing the rest, output is byte-identical across runs and thread counts, and
 * no input at all is a clear error.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';

const PARA = '全市各级党组织要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
let root: string;
let input: string;

function pipeline(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status, stderr: r.stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tifa-cli-'));
  input = join(root, 'in');
  mkdirSync(join(input, 'sub'), { recursive: true });
  writeFileSync(join(input, 'utf8.txt'), `学习贯彻党的二十大精神\n湖州市委理论学习中心组\n\n${PARA}\n`);
  writeFileSync(join(input, 'sub', 'gbk.txt'), iconv.encode(`坚持和发展新时代“枫桥经验”\n\n${PARA}\r\n`, 'gb18030'));
  writeFileSync(join(input, 'sub', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`三会一课制度\n\n${PARA}\n`, 'utf16le')]));
  writeFileSync(
    join(input, 'page.html'),
    `<html><head><style>p{}</style><script>var x="两个确立";</script></head><body><h1>坚持“第一议题”制度</h1><p>${PARA}</p></body></html>`,
  );
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(input, 'huge.txt'), PARA.repeat(200));
  writeFileSync(
    join(input, 'MANIFEST.csv'),
    'file,title,date,org,province,city,county\nsub/gbk.txt,坚持和发展新时代枫桥经验,2023-11-05,诸暨市委,浙江省,绍兴市,诸暨市\n',
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run pipeline', () => {
  let report: {
    files_read: { file: string; encoding: string }[];
    files_skipped: { file: string; reason: string }[];
  };
  let run1: { code: number | null; stderr: string };

  beforeAll(() => {
    run1 = pipeline(['--input', input, '--out', join(root, 'out1'), '--workers', '2', '--max-mb', '0.01']);
    report = JSON.parse(readFileSync(join(root, 'out1', 'report.json'), 'utf8'));
  });

  it('completes with exit 0 and reads UTF-8, GB18030, UTF-16 and HTML files', () => {
    expect(run1.code, run1.stderr).toBe(0);
    const enc = Object.fromEntries(report.files_read.map((f) => [f.file, f.encoding]));
    expect(Object.keys(enc).sort()).toEqual(['page.html', 'sub/gbk.txt', 'sub/utf16.txt', 'utf8.txt']);
    expect(enc['sub/gbk.txt']).toBe('gb18030');
    expect(enc['sub/utf16.txt']).toBe('utf-16le');
  });

  it('reports each bad file with its reason, on stderr and in report.json', () => {
    const reason = Object.fromEntries(report.files_skipped.map((s) => [s.file, s.reason]));
    expect(reason['empty.txt']).toMatch(/empty/);
    expect(reason['image.txt']).toMatch(/binary/);
    expect(reason['huge.txt']).toMatch(/too large/);
    for (const f of ['empty.txt', 'image.txt', 'huge.txt']) expect(run1.stderr).toContain(f);
  });

  it('applies the manifest row to the file it names, with source manifest', () => {
    const csv = readFileSync(join(root, 'out1', 'documents.csv'), 'utf8');
    const line = csv.split('\r\n').find((l) => l.includes('sub/gbk.txt'))!;
    expect(line).toContain('坚持和发展新时代枫桥经验');
    expect(line).toContain('诸暨市');
    expect(line).toContain('manifest');
    expect(line).toContain('2023-11-05');
  });

  it('counts slogans from every readable format, and never from a script element', () => {
    const mentions = readFileSync(join(root, 'out1', 'mentions.csv'), 'utf8');
    const docs = readFileSync(join(root, 'out1', 'documents.csv'), 'utf8');
    const htmlDoc = docs
      .split('\r\n')
      .find((l) => l.includes('page.html'))!
      .split(',')[0];
    const htmlTwo = mentions.split('\r\n').find((l) => l.startsWith(htmlDoc + ',two_establishes,'));
    // the paragraph has 两个确立 once; the <script> copy must not count
    expect(htmlTwo?.split(',')[2]).toBe('1');
    expect(mentions.split('\r\n').filter((l) => l.includes(',two_establishes,'))).toHaveLength(4);
  });

  it('writes byte-identical CSV for the same input, whatever the number of threads', () => {
    const run2 = pipeline(['--input', input, '--out', join(root, 'out2'), '--workers', '1', '--max-mb', '0.01']);
    expect(run2.code, run2.stderr).toBe(0);
    const csvs = readdirSync(join(root, 'out1')).filter((f) => f.endsWith('.csv'));
    expect(csvs.sort()).toEqual(['candidates.csv', 'documents.csv', 'mentions.csv', 'slogans.csv']);
    for (const f of csvs) expect(readFileSync(join(root, 'out2', f)).equals(readFileSync(join(root, 'out1', f))), f).toBe(true);
  });

  it('fails with a clear message and exit 1 when there is no input at all', () => {
    const emptyDir = join(root, 'nothing');
    mkdirSync(emptyDir);
    const r = pipeline(['--input', emptyDir, '--out', join(root, 'out3')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no input documents found/);
  });
});
