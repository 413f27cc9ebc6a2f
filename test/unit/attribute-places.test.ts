/**
 * Place resources are values passed in, not module-level caches: two sets live side by side in one
 * thread, and what a function reads is the set it is given.
 */
import { describe, expect, it } from 'vitest';
import { loadPlaces, type Places } from '../../scripts/pipeline/attribute/places';
import { buildCommonWords } from '../../scripts/pipeline/attribute/common-words';
import { locatingMentions } from '../../scripts/pipeline/attribute/mentions';
import { contextCity } from '../../scripts/pipeline/attribute/region';

const places = loadPlaces();

describe('loadPlaces()', () => {
  it('builds a fresh gazetteer and word tables each time', () => {
    const other = loadPlaces();
    expect(other.gazetteer).not.toBe(places.gazetteer);
    expect(other.words).not.toBe(places.words);
    expect(other.gazetteer.places.length).toBe(places.gazetteer.places.length);
  });

  it('reads the common-word tables it was given: without them 长治久安 names 长治', () => {
    const text = '维护社会长治久安。';
    expect(locatingMentions(text, places)).toEqual([]);
    const bare: Places = { ...places, words: buildCommonWords('', places.gazetteer.shortForms, places.gazetteer.byName), lastContext: null };
    expect(locatingMentions(text, bare).map((m) => m.place.name)).toEqual(['长治市']);
  });

  it("keeps contextCity's memo in the set it was called with", () => {
    const a = loadPlaces();
    const b = loadPlaces();
    const head = '湖州市委理论学习中心组学习。湖州市坚持……湖州各级……湖州市推进……';
    const r = contextCity(head, a);
    expect(r?.place.name).toBe('湖州市');
    expect(a.lastContext?.head).toBe(head);
    expect(b.lastContext).toBeNull();
    expect(contextCity(head, b)).toEqual(r);
  });
});
