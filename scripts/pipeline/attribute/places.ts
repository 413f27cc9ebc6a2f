/**
 * The place resources of one thread: the gazetteer with its name finder and
 * the common-word tables that keep 长治久安 from meaning 长治. Built once by
 * loadPlaces (through loadResources) and passed to every function that reads
 * places; nothing here is a module-level cache.
 */
import { loadCommonWords, type CommonWords } from './common-words';
import { buildGazetteer, type Gazetteer, type Place } from './gazetteer';

export interface Places {
  gazetteer: Gazetteer;
  words: CommonWords;
  /**
   * The last file head read for its city (contextCity), with its answer: every document of a
   * compilation asks about the same head. Per thread, like the rest.
   */
  lastContext: { head: string; result: { key: string; place: Place; evidence: string } | null } | null;
}

/** Builds the gazetteer and reads jieba's dictionary for the common-word tables (about half a second). */
export function loadPlaces(): Places {
  const gazetteer = buildGazetteer();
  return { gazetteer, words: loadCommonWords(gazetteer.shortForms, gazetteer.byName), lastContext: null };
}
