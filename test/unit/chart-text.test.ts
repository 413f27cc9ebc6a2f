import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from '../../src/lib/charts/text';

describe('fitText', () => {
  it('textWidth() counts CJK characters as one em and Latin ones as about half', () => {
    expect(textWidth('两个确立', 10)).toBe(40);
    expect(textWidth('ab', 10)).toBeCloseTo(11);
  });

  it('fitText(text, px, font) leaves short text alone and cuts long text with an ellipsis', () => {
    expect(fitText('party_building', 200, 13)).toBe('party_building');
    const cut = fitText('贯彻习近平新时代中国特色社会主义思想主题教育', 100, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(100);
    expect(cut.length).toBeGreaterThan(3);
  });
});
