/**
 * Issue 12, through the real command line: a run that reads nothing keeps
 * the old tables, a second run into the same folder is refused, leftovers of
 * killed runs are cleaned, user errors are one line without a stack trace,
 * and report.json never holds an absolute local path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname, tmpdir } from 'node:os';
import iconv from 'iconv-lite';

const PARA = '全市各级党组织要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。';
let root: string;
let good: string;
let scratchRoot: string;

function pipeline(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--workers', '1', ...args], {
    encoding: 'utf8',
    // the run's scratch (and a planted leftover) live in a temp folder of this test, not in the shared /tmp
    env: { ...process.env, FORCE_COLOR: '0', TMPDIR: scratchRoot },
  });
  return { code: r.status, stderr: r.stderr };
}
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tifa-cli-fail-'));
  scratchRoot = join(root, 'tmp');
  mkdirSync(scratchRoot);
  good = join(root, 'good');
  mkdirSync(join(good, 'sub'), { recursive: true });
  writeFileSync(join(good, 'a.txt'), `学习贯彻党的二十大精神\n湖州市委理论学习中心组\n\n${PARA}\n`);
  writeFileSync(join(good, 'sub', 'b.txt'), `坚持和发展新时代“枫桥经验”\n\n${PARA}\n`);
  // a symlinked folder and a GBK manifest whose rows name a missing file and a bad date
  symlinkSync(join(good, 'sub'), join(good, 'linked'));
  writeFileSync(
    join(good, 'MANIFEST.csv'),
    iconv.encode('file,title,date,org,province,city,county\r\nsub/b.txt,,2023-02-30,,浙江省,湖州市,\r\ngone.txt,标题,2020,,,,\r\n', 'gbk'),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a run that reads nothing', () => {
  let out: string;
  let before: Buffer;
  beforeAll(() => {
    out = join(root, 'out-empty');
    const r = pipeline(['--input', good, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    before = readFileSync(join(out, 'documents.csv'));
  });

  it('exits 1 with the reasons, and leaves the previous tables as they were', () => {
    const bad = join(root, 'only-bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = pipeline(['--input', bad, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no documents found, so the tables in .* were left as they were/);
    expect(r.stderr).toMatch(/empty\.txt \(empty file\)/);
    expect(r.stderr).toMatch(/image\.txt \(binary file/);
    noStack(r.stderr);
    expect(readFileSync(join(out, 'documents.csv')).equals(before)).toBe(true);
    expect(readdirSync(root).filter((n) => n.startsWith('.out-empty'))).toEqual([]); // no staging left
  });

  it('writes empty tables only with --allow-empty', () => {
    const bad = join(root, 'only-bad');
    const r = pipeline(['--input', bad, '--out', out, '--allow-empty']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1);
  });
});

describe('one run at a time, and leftovers of killed runs', () => {
  let sleeper: ChildProcess;
  afterAll(() => sleeper?.kill());

  it('refuses to write a folder another live run holds, naming it, and keeps its tables', () => {
    const out = join(root, 'out-locked');
    sleeper = spawn('sleep', ['60']);
    writeFileSync(join(root, '.out-locked.lock'), JSON.stringify({ pid: sleeper.pid, host: hostname(), started: '2026-01-01T00:00:00Z' }));
    const r = pipeline(['--input', good, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`another pipeline run \\(pid ${sleeper.pid}.*is writing`));
    noStack(r.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('two runs started together into one folder: exactly one writes, or they take turns; the tables are whole', async () => {
    const out = join(root, 'out-race');
    const start = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const c = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--workers', '1', '--input', good, '--out', out], {
          env: { ...process.env, TMPDIR: scratchRoot },
        });
        let stderr = '';
        c.stderr.on('data', (d) => (stderr += d));
        c.on('close', (code) => resolve({ code, stderr }));
      });
    const [a, b] = await Promise.all([start(), start()]);
    const codes = [a.code, b.code].sort();
    expect(codes[0], a.stderr + b.stderr).toBe(0);
    if (codes[1] !== 0) expect(a.stderr + b.stderr).toMatch(/another pipeline run .* is writing/);
    const docs = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(docs.trim().split('\r\n').length).toBeGreaterThan(1);
    expect(readdirSync(root).filter((n) => n.startsWith('.out-race'))).toEqual([]); // no lock, staging or aside left
  });

  it('a run killed with SIGKILL mid-way leaves the old tables whole; the next run cleans its scratch and lock', async () => {
    const out = join(root, 'out-kill9');
    const first = pipeline(['--input', good, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const before = readFileSync(join(out, 'documents.csv'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--workers', '1', '--input', good, '--out', out], {
      env: { ...process.env, TMPDIR: scratchRoot },
    });
    // kill it once it has taken the lock and made its scratch folder (the files are being processed)
    const mine = () => readdirSync(scratchRoot).filter((n) => n.startsWith(`tifa-pipeline-${child.pid}-`));
    for (let i = 0; i < 600 && mine().length === 0 && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
    expect(mine()).toHaveLength(1);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    expect(existsSync(join(root, '.out-kill9.lock'))).toBe(true);
    expect(readFileSync(join(out, 'documents.csv')).equals(before)).toBe(true);
    const next = pipeline(['--input', good, '--out', out]);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(new RegExp(`removed scratch tifa-pipeline-${child.pid}-\\w+ of an interrupted run`));
    expect(mine()).toEqual([]);
    expect(readFileSync(join(out, 'documents.csv')).equals(before)).toBe(true);
  });

  it('cleans staging folders and scratch that killed runs left, at start', () => {
    const out = join(root, 'out-killed');
    mkdirSync(out);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    mkdirSync(join(root, `.out-killed.staging-${dead}`));
    writeFileSync(join(root, `.out-killed.staging-${dead}`, 'documents.csv'), 'half');
    mkdirSync(join(scratchRoot, `tifa-pipeline-${dead}-abcdef`, 'db'), { recursive: true });
    writeFileSync(join(root, '.out-killed.lock'), JSON.stringify({ pid: Number(dead), host: hostname(), started: 'x' }));
    const r = pipeline(['--input', good, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/removed .out-killed.staging-\d+ left by an interrupted run/);
    expect(readdirSync(root).filter((n) => n.startsWith('.out-killed'))).toEqual([]);
    expect(readdirSync(scratchRoot).filter((n) => n.includes(dead))).toEqual([]);
  });
});

describe('user errors: one line naming the path and the problem, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['--max-mb abc', ['--max-mb', 'abc'], /--max-mb must be a number of MB greater than 0.*'abc'/],
    ['--max-mb 0', ['--max-mb', '0'], /--max-mb must be a number of MB greater than 0.*'0'/],
    ['an unknown option', ['--inptu', 'x'], /Unknown option '--inptu'/],
    ['a missing --lexicon', ['--lexicon', '/nonexistent/slogans.csv'], /lexicon \/nonexistent\/slogans\.csv: no such file/],
    ['a missing --input', ['--input', '/nonexistent/raw'], /--input \/nonexistent\/raw: does not exist/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = pipeline([...args, ...(args.includes('--input') ? [] : ['--input', good]), '--out', join(root, 'out-err')]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      noStack(r.stderr);
      expect(existsSync(join(root, 'out-err'))).toBe(false);
    });
  }

  it('an --input that is a file is named, and the other inputs are read', () => {
    const r = pipeline(['--input', join(good, 'a.txt'), '--input', good, '--out', join(root, 'out-mixed')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--input .*a\.txt: is a file, not a folder/);
    noStack(r.stderr);
  });

  it('a --max-mb limit below a file is stated in MB, as --help counts', () => {
    const r = pipeline(['--input', good, '--out', join(root, 'out-small'), '--max-mb', '0.00001']);
    expect(r.stderr).toMatch(/file too large: [\d.]+ MB > limit 0\.00001 MB \(--max-mb\)/);
  });
});

describe('report.json', () => {
  let report: string;
  beforeAll(() => {
    const r = pipeline(['--input', good, '--out', join(root, 'out-report')]);
    expect(r.code, r.stderr).toBe(0);
    report = readFileSync(join(root, 'out-report', 'report.json'), 'utf8');
  });

  it('holds no absolute local path, only paths relative to the input root', () => {
    expect(report).not.toContain(root);
    expect(report).not.toContain(tmpdir());
    expect(JSON.parse(report).inputs).toEqual(['good']);
  });

  it('reads the symlinked folder once, reporting the second way in', () => {
    const rep = JSON.parse(report);
    const read = rep.files_read.map((f: { file: string }) => f.file);
    expect(read).toContain('linked/b.txt');
    expect(read).not.toContain('sub/b.txt');
    expect(rep.files_skipped).toContainEqual({ file: 'sub/b.txt', reason: expect.stringMatching(/same file as 'linked\/b\.txt'/) });
  });

  it('carries the GBK manifest’s warnings with file and line, and the lexicon checks', () => {
    const rep = JSON.parse(report);
    expect(rep.warnings).toContainEqual(expect.stringMatching(/^MANIFEST\.csv: line 2: date '2023-02-30' is not a date/));
    expect(rep.warnings).toContainEqual(expect.stringMatching(/^MANIFEST\.csv: line 3: names 'gone\.txt', which is not among the input files/));
    expect(Array.isArray(rep.lexicon_issues)).toBe(true);
    expect(rep.files_read[0]).toHaveProperty('replacement_chars', 0);
  });
});
