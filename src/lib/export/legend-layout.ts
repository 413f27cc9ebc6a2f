/**
 * Where each legend entry of an exported image goes: entries flow left to
 * right in columns of a fixed width; a label too long for its column wraps
 * onto more lines (by estimated text width), and a row is as tall as its
 * tallest entry, so no two entries ever overlap and the legend grows instead.
 */
import { textWidth } from '../charts/text';

export interface LegendSlot {
  x: number;
  /** baseline of the first line */
  y: number;
  lines: string[];
}

export interface LegendLayout {
  slots: LegendSlot[];
  height: number;
}

/**
 * Split `text` into lines no wider than `maxPx` (at `fontPx`, not counting a
 * trailing space), breaking between characters, preferring spaces. A line
 * broken at a space keeps it at its end, so the lines joined give `text` back.
 */
export function wrapText(text: string, maxPx: number, fontPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && textWidth(line + ch, fontPx) > maxPx) {
      const space = line.lastIndexOf(' ');
      if (ch === ' ') {
        lines.push(line + ch);
        line = '';
      } else if (space > 0) {
        lines.push(line.slice(0, space + 1));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line);
        line = ch;
      }
    } else line += ch;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Lay out `labels` in a legend `width` px wide. `swatch` px precede each label;
 * `lineHeight` is the distance between lines; `top` the first baseline.
 */
export function layoutLegend(labels: readonly string[], width: number, fontPx = 12, swatch = 24, lineHeight = 16, top = 14): LegendLayout {
  const colWidth = Math.min(width - 24, Math.max(200, Math.min(320, ...labels.map((l) => textWidth(l, fontPx) + swatch + 16))));
  const perRow = Math.max(1, Math.floor((width - 12) / colWidth));
  const slots: LegendSlot[] = [];
  let y = top;
  for (let i = 0; i < labels.length; i += perRow) {
    const row = labels.slice(i, i + perRow).map((l) => wrapText(l, colWidth - swatch - 12, fontPx));
    row.forEach((lines, j) => slots.push({ x: 12 + j * colWidth, y, lines }));
    y += Math.max(...row.map((r) => r.length)) * lineHeight + 4;
  }
  return { slots, height: labels.length === 0 ? 0 : y - top + 6 };
}
