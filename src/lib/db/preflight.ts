/**
 * Before DuckDB reads anything: are the files it needs served as themselves? The
 * table files (first and last 4 bytes) and DuckDB's own worker and wasm (HEAD). A
 * missing or blocked file is named at once, with the path the user can look for,
 * instead of surfacing as an IO error or a handshake that never ends.
 */
import { DataFileError, EngineError } from './errors';
import { looksLikeHtml, parquetProblem, totalSize } from './served-file';

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** `assets/duckdb-eh-Bbw6HAmJ.wasm`: the file as the user finds it in the built site. */
export function assetName(url: string): string {
  const path = new URL(url, document.baseURI).pathname;
  const i = path.lastIndexOf('/assets/');
  return i >= 0 ? path.slice(i + 1) : path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The worker and wasm must be served as themselves: a blocked request or a web page in their
 * place (a file missing from the build) is named at once instead of hanging DuckDB's handshake.
 */
export async function assertAsset(url: string): Promise<void> {
  const file = assetName(url);
  let res: Response;
  try {
    res = await fetch(url, { method: 'HEAD' });
  } catch (err) {
    throw new EngineError(file, 'unavailable', `the request failed (${errorText(err)}); a browser extension, proxy or policy may block it`);
  }
  if (res.status === 405 || res.status === 501) return; // a server without HEAD: the load itself (and the limit) decide
  if (!res.ok) throw new EngineError(file, 'unavailable', `HTTP ${res.status}`);
  if (looksLikeHtml(res.headers.get('content-type'), new Uint8Array())) {
    throw new EngineError(file, 'unavailable', 'the server answered with a web page: the file is not in the built site');
  }
}

/** The first bytes of a response (a server that ignores Range sends the whole file: stop reading early). */
async function firstBytes(res: Response, n: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let have = 0;
  while (have < n) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    have += value.length;
  }
  void reader.cancel().catch(() => undefined);
  const out = new Uint8Array(Math.min(have, n));
  let at = 0;
  for (const c of chunks) {
    out.set(c.subarray(0, out.length - at), at);
    at += Math.min(c.length, out.length - at);
    if (at >= out.length) break;
  }
  return out;
}

/**
 * A table file must be there and be Parquet. Checked by its first and last 4 bytes
 * (ranged requests) rather than the status: `npm run serve` answers a missing file
 * with index.html and status 200.
 */
export async function assertParquet(file: string, base: string): Promise<void> {
  const name = `public/data/${file}`;
  const url = base + file;
  let res: Response;
  try {
    res = await fetch(url, { headers: { Range: 'bytes=0-3' } });
  } catch (err) {
    throw new DataFileError(name, 'missing', `the request failed (${errorText(err)})`);
  }
  if (res.status === 416) throw new DataFileError(name, 'malformed', 'the file is empty');
  if (!res.ok) throw new DataFileError(name, 'missing', `HTTP ${res.status}`);
  const head = await firstBytes(res, 4);
  const size = totalSize(res.status, res.headers.get('content-range'), res.headers.get('content-length'));
  let tail: Uint8Array | null = null;
  if (size !== null && size >= 8 && !looksLikeHtml(res.headers.get('content-type'), head)) {
    const end = await fetch(url, { headers: { Range: `bytes=${size - 4}-${size - 1}` } });
    tail = end.status === 206 ? await firstBytes(end, 4) : null;
  }
  const problem = parquetProblem(res.headers.get('content-type'), head, tail);
  if (problem) throw new DataFileError(name, problem.problem, problem.detail);
}
