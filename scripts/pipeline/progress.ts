/**
 * A progress bar on stderr for long runs (cli-progress), in MB of input.
 * Silent when stderr is not a terminal: CI logs get the summary line only.
 */
import cliProgress from 'cli-progress';
import type { Effects } from './run';

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Effects['progress'] {
  if (!stream.isTTY) return undefined;
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
