/**
 * Stage "clean": line-level cleaning that keeps raw line numbers, so every
 * document can cite the lines of the raw file it came from. Never joins lines
 * (joinParagraphs does that after the documents are split).
 *
 * Per line, in order: zero-width characters out; full-width letters/digits to
 * ASCII; odd spaces unified and the line trimmed; paywall markers cut out;
 * furniture cut out of lines that also hold text (a breadcrumb opening a
 * one-line page, a copyright/ICP footer); furniture/ad lines dropped; spaces inside Chinese words removed; the D mask
 * for 党 undone when the file uses it.
 */
import type { CleanedFile, SourceLine } from './types';
import { classifyLine, cutFurniture, startsLicenceTail } from './clean/furniture';
import { fixCjkSpaces, halfWidthAlnum, normaliseSpaces, stripZeroWidth, unmaskD, usesDMask } from './clean/normalise';

/** Paywall markers of copy sites; they also appear glued to the start of a paragraph (##paidbegin##严密的…). */
const PAYWALL = /##paid(?:begin|end)##/gi;

function bump(removed: Record<string, number>, kind: string, by = 1): void {
  if (by > 0) removed[kind] = (removed[kind] ?? 0) + by;
}

/**
 * Cleans a decoded file line by line; line i of `text` keeps n = lineNumbers[i]
 * (the raw line an HTML page's text line came from), or i + 1.
 */
export function cleanLines(text: string, lineNumbers?: readonly number[]): CleanedFile {
  const removed: Record<string, number> = {};
  const lines: SourceLine[] = [];
  // Decided once per file: a file either writes 党 as D throughout or not at all.
  // A full-width Ｄ is the same mask; the signal is checked after the same conversion the lines get.
  const dMask = usesDMask(text) || (text.indexOf('Ｄ') >= 0 && usesDMask(halfWidthAlnum(text).text));
  const raw = text.split('\n');

  let inLicence = false;
  for (let i = 0; i < raw.length; i++) {
    const n = lineNumbers ? lineNumbers[i] : i + 1;
    let line = raw[i];
    if (inLicence || startsLicenceTail(raw, i)) {
      inLicence = true;
      if (line.trim() === '') lines.push({ n, text: '' });
      else bump(removed, 'furniture');
      continue;
    }

    const zw = stripZeroWidth(line);
    bump(removed, 'zero-width', zw.count);
    const fw = halfWidthAlnum(zw.text);
    bump(removed, 'fullwidth', fw.count);
    line = normaliseSpaces(fw.text);

    if (line.indexOf('##') >= 0) {
      let markers = 0;
      line = line.replace(PAYWALL, () => {
        markers++;
        return '';
      });
      if (markers > 0) {
        bump(removed, 'paywall', markers);
        // A marker-only line stays as a blank: the paid excerpt is cut there, so it is a break in the text.
        line = normaliseSpaces(line);
      }
    }
    if (line === '') {
      lines.push({ n, text: '' });
      continue;
    }

    // A line holding text and furniture (a page whose line breaks were lost) loses the furniture, not the text.
    const inner = cutFurniture(line);
    if (inner) {
      bump(removed, 'furniture', inner.cut.length);
      line = inner.text;
    }
    const verdict = classifyLine(line);
    if (verdict) {
      bump(removed, verdict.kind);
      continue;
    }

    const sp = fixCjkSpaces(line);
    bump(removed, 'cjk-space', sp.count);
    line = sp.text;
    if (dMask) {
      const d = unmaskD(line);
      bump(removed, 'd-mask', d.count);
      line = d.text;
    }
    lines.push({ n, text: line });
  }
  return { lines, removed };
}
