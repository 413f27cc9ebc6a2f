import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/charts/text';
import { layoutLegend, wrapText } from '../../src/lib/export/legend-layout';

describe('wrapText(text, maxPx, fontPx)', () => {
  it('keeps a short label on one line', () => expect(wrapText('两个确立', 200, 12)).toEqual(['两个确立']));
  it('breaks a long label into lines that each fit, losing no character', () => {
    const label = '习近平新时代中国特色社会主义思想 (Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era)';
    const lines = wrapText(label, 150, 12);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l.trimEnd(), 12)).toBeLessThanOrEqual(150);
    expect(lines.join('')).toBe(label);
  });
});

describe('layoutLegend(labels, width)', () => {
  const labels = [
    '习近平新时代中国特色社会主义思想 (Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era)',
    '两个确立 (the Two Establishments)',
    '绿水青山就是金山银山 (lucid waters and lush mountains are invaluable assets)',
    '四个意识',
    '全面建设社会主义现代化国家的开局起步 (a good start to building a modern socialist country in all respects)',
    'x',
  ];
  for (const width of [390, 700, 1200]) {
    it(`at ${width} px no two entries' boxes overlap and every box is inside the width`, () => {
      const { slots, height } = layoutLegend(labels, width);
      const boxes = slots.map((s) => ({
        x0: s.x,
        x1: s.x + 24 + Math.max(...s.lines.map((l) => textWidth(l, 12))),
        y0: s.y - 12,
        y1: s.y + (s.lines.length - 1) * 16 + 4,
      }));
      for (const b of boxes) expect(b.x1).toBeLessThanOrEqual(width);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${labels[i]} / ${labels[j]}`).toBe(false);
        }
      expect(height).toBeGreaterThanOrEqual(Math.max(...boxes.map((b) => b.y1)) - 14);
    });
  }
});
