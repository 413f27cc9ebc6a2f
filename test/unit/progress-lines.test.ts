import { describe, expect, it } from 'vitest';
import { lineProgress, terminalProgress } from '../../scripts/pipeline/progress';

describe('lineProgress(write, everyMs, now)', () => {
  it('writes one line per interval, not per update, and one at the end', () => {
    let t = 0;
    const lines: string[] = [];
    const p = lineProgress(
      (l) => lines.push(l),
      5000,
      () => t,
    );
    p.start(10_000_000);
    for (let i = 1; i <= 20; i++) {
      t += 1000;
      p.update(i * 500_000, `f${i}.txt`);
    }
    p.stop();
    expect(lines).toEqual([
      'pipeline: 2.5/10.0 MB (25%), 5 s, f5.txt',
      'pipeline: 5.0/10.0 MB (50%), 10 s, f10.txt',
      'pipeline: 7.5/10.0 MB (75%), 15 s, f15.txt',
      'pipeline: 10.0/10.0 MB (100%), 20 s, f20.txt',
      'pipeline: 10.0/10.0 MB (100%), 20 s, f20.txt',
    ]);
  });
});

describe('terminalProgress(stream)', () => {
  it('on a stream that is not a terminal, reports in plain lines instead of staying silent', () => {
    const out: string[] = [];
    const stream = { isTTY: false, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
    const p = terminalProgress(stream)!;
    p.start(1e6);
    p.stop();
    expect(out).toEqual(['pipeline: 0.0/1.0 MB (0%), 0 s\n']);
  });
});
