/**
 * Is the file the server sent the one we asked for? Static servers that fall back to
 * `index.html` for unknown paths (`vite preview`, `vite dev`, most SPA hosts) answer a
 * missing file with status 200 and a web page, so the status alone cannot say "missing".
 * Pure checks on the response's content type and first/last bytes; the requests are in preflight.ts.
 */

export interface ServedProblem {
  problem: 'missing' | 'malformed';
  detail: string;
}

const PAR1 = [0x50, 0x41, 0x52, 0x31];

function startsWithPar1(bytes: Uint8Array | null): boolean {
  return bytes !== null && bytes.length >= 4 && PAR1.every((b, i) => bytes[i] === b);
}

/** A web page instead of data: an HTML content type, or bytes that open like an HTML document. */
export function looksLikeHtml(contentType: string | null, head: Uint8Array): boolean {
  if (contentType !== null && /^\s*(text\/html|application\/xhtml)/i.test(contentType)) return true;
  const text = new TextDecoder()
    .decode(head.subarray(0, 64))
    .replace(/^\uFEFF?\s*/, '')
    .toLowerCase();
  return text.startsWith('<!doctype') || text.startsWith('<html') || text.startsWith('<head') || text.startsWith('<!--');
}

/**
 * What is wrong with a served Parquet file, or null when it is one: it must not be a web
 * page, and it starts and ends with the magic bytes `PAR1` (the end is missing when a
 * write was cut short). `tail` is the last 4 bytes, or null when the size was unknown.
 */
export function parquetProblem(contentType: string | null, head: Uint8Array, tail: Uint8Array | null): ServedProblem | null {
  if (looksLikeHtml(contentType, head)) {
    return { problem: 'missing', detail: 'the server answered with a web page (its index.html), so the file is not there' };
  }
  if (head.length === 0) return { problem: 'malformed', detail: 'the file is empty' };
  if (!startsWithPar1(head)) return { problem: 'malformed', detail: 'not a Parquet file (it does not start with PAR1)' };
  if (tail !== null && !startsWithPar1(tail)) {
    return { problem: 'malformed', detail: 'the file is cut short (it does not end with PAR1)' };
  }
  return null;
}

/** The whole file's size from a ranged answer (`Content-Range: bytes 0-3/25732`) or a plain one; null if unknown. */
export function totalSize(status: number, contentRange: string | null, contentLength: string | null): number | null {
  if (status === 206) {
    const m = /\/(\d+)\s*$/.exec(contentRange ?? '');
    return m ? Number(m[1]) : null;
  }
  const n = contentLength === null ? NaN : Number(contentLength);
  return status === 200 && Number.isSafeInteger(n) && n >= 0 ? n : null;
}
