/**
 * SVG text does not wrap or truncate, so labels are fitted by an estimate of
 * their width: a CJK or full-width character is about one em, other
 * characters about 0.55 em in the sans-serif fonts used here.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated width in px of `text` at `fontPx`. */
export function textWidth(text: string, fontPx: number): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? fontPx : fontPx * 0.55;
  return w;
}

/** `text`, cut with an ellipsis so that it fits `maxPx` at `fontPx`. */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= maxPx) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontPx) > maxPx) break;
    out += ch;
  }
  return out + '…';
}
