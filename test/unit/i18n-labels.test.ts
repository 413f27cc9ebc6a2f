import { describe, expect, it } from 'vitest';
import { shortGloss, sloganLabel } from '../../src/lib/i18n.svelte';

describe('slogan labels', () => {
  it('shortGloss() keeps the head of an explanatory gloss', () => {
    expect(shortGloss('High-quality development: growth judged by quality')).toBe('High-quality development');
    expect(shortGloss('Rural revitalisation strategy')).toBe('Rural revitalisation strategy');
    expect(shortGloss(null)).toBe('');
    const long = shortGloss('Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', 30);
    expect(long.length).toBe(30);
    expect(long.endsWith('…')).toBe(true);
  });

  it('sloganLabel() shows Chinese with the gloss beside it', () => {
    expect(sloganLabel('两个确立', 'The "Two Establishes": establishing Xi')).toBe('两个确立 (The "Two Establishes")');
    expect(sloganLabel('两个确立', '')).toBe('两个确立');
  });
});
