/**
 * Progress of long runs on stderr, in MB of input: a bar (cli-progress) on a
 * terminal; elsewhere (a log file, CI) one plain line every few seconds, so a
 * log still shows how far a run got.
 */
import cliProgress from 'cli-progress';
import type { Effects } from './run';

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Effects['progress'] {
  if (!stream.isTTY) return lineProgress((line) => stream.write(line + '\n'));
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'pipeline |{bar}| {percentage}% {value}/{total} MB | {eta_formatted} left | {file}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const mb = (b: number) => Math.round(b / 1e5) / 10;
  return {
    start: (total) => bar.start(mb(total), 0, { file: '' }),
    update: (done, file) => bar.update(mb(done), { file: file.length > 40 ? '…' + file.slice(-39) : file }),
    stop: () => bar.stop(),
  };
}

/**
 * One line per `everyMs` (and one at the end): `pipeline: 12.3/231.5 MB (5%), 40 s, file`.
 * `now` is injected so a test drives the clock.
 */
export function lineProgress(write: (line: string) => void, everyMs = 5000, now: () => number = Date.now): NonNullable<Effects['progress']> {
  let total = 0;
  let started = 0;
  let last = 0;
  let done = 0;
  let file = '';
  const mb = (b: number) => (b / 1e6).toFixed(1);
  const line = () => {
    const pct = total > 0 ? Math.floor((done * 100) / total) : 100;
    write(`pipeline: ${mb(done)}/${mb(total)} MB (${pct}%), ${Math.round((now() - started) / 1000)} s${file ? `, ${file}` : ''}`);
  };
  return {
    start: (t) => {
      total = t;
      started = last = now();
    },
    update: (d, f) => {
      done = d;
      file = f;
      if (now() - last >= everyMs) {
        last = now();
        line();
      }
    },
    stop: () => line(),
  };
}
