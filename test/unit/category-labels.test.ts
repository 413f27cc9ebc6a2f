import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../scripts/pipeline/lexicon';
import { i18n, valueLabel } from '../../src/lib/i18n.svelte';

describe('slogan category labels', () => {
  afterEach(() => {
    i18n.lang = 'en';
  });

  it("valueLabel('category', id) has an English and a Chinese label for every lexicon category", () => {
    for (const id of Object.keys(CATEGORIES)) {
      i18n.lang = 'en';
      const en = valueLabel('category', id);
      i18n.lang = 'zh';
      const zh = valueLabel('category', id);
      expect(en, id).not.toBe(id);
      expect(en, id).toMatch(/^[A-Z][A-Za-z ,-]+$/);
      expect(zh, id).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it("valueLabel('category', id) falls back to the id for a category the interface does not know", () => {
    expect(valueLabel('category', 'no_such_category')).toBe('no_such_category');
  });
});
