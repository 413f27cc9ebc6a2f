/**
 * Reusable typed-array scratch space. Discovery needs several token- and
 * character-sized arrays per document; allocating fresh ArrayBuffers for each
 * of thousands of documents costs more in allocation and GC (external memory)
 * than the work itself. Each named buffer grows as needed and is handed out
 * zero-filled. One set per thread; callers must not keep a buffer past their call.
 */
const int32 = new Map<string, Int32Array>();
const uint8 = new Map<string, Uint8Array>();

function grow(n: number): number {
  let cap = 1024;
  while (cap < n) cap *= 2;
  return cap;
}

/** A zero-filled Int32Array view of length n, reused across calls under this name. */
export function scratchInt32(name: string, n: number): Int32Array {
  let buf = int32.get(name);
  if (!buf || buf.length < n) int32.set(name, (buf = new Int32Array(grow(n))));
  const view = buf.subarray(0, n);
  view.fill(0);
  return view;
}

/** A zero-filled Uint8Array view of length n, reused across calls under this name. */
export function scratchUint8(name: string, n: number): Uint8Array {
  let buf = uint8.get(name);
  if (!buf || buf.length < n) uint8.set(name, (buf = new Uint8Array(grow(n))));
  const view = buf.subarray(0, n);
  view.fill(0);
  return view;
}
