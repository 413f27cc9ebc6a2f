/**
 * Everything a thread needs from package data and the lexicon, loaded once by
 * loadResources and handed to every stage: the only place that reads
 * dictionaries. Nothing here is a module-level singleton, so two resource sets
 * (two lexicons, say) live side by side in one thread.
 */
import { buildMatcher, type Matcher } from './match';
import { formsOf } from './lexicon';
import { provincialFormulas, type ProvincialFormulas } from './attribute/signature-formulas';
import { createSegmenter, type Segmenter } from './segment';
import { createSimplifier, type Simplify } from './simplify';
import { loadVocabulary, type Vocabulary } from './discover/vocab';
import { loadPlaces, type Places } from './attribute/places';
import type { LexiconEntry } from './types';

export interface ResourceOptions {
  lexicon: LexiconEntry[];
  /** where the segmenter's user dictionary is written */
  scratchDir: string;
}

export interface Resources {
  /** every lexicon row's forms, for the segmenter and for telling candidates from known slogans */
  lexiconForms: ReadonlySet<string>;
  matcher: Matcher;
  /** nodejieba with every lexicon form as a user-dictionary word */
  segmenter: Segmenter;
  /** Traditional → Simplified, length-preserving (opencc-js) */
  simplify: Simplify;
  /** jieba's stop words and idioms, set aside by discovery */
  vocab: Vocabulary;
  /** the gazetteer, its place finder and the common-word tables that keep 长治久安 from meaning 长治 */
  places: Places;
  /** provincial signature formulas (lexicon rows scoped to a province): weak region evidence */
  formulas: ProvincialFormulas;
}

/** Loads the resources of one thread (about a second: jieba's dictionaries). */
export function loadResources(opts: ResourceOptions): Resources {
  const forms = opts.lexicon.flatMap((e) => formsOf(e));
  const places = loadPlaces();
  return {
    lexiconForms: new Set(forms),
    matcher: buildMatcher(opts.lexicon),
    segmenter: createSegmenter(forms, opts.scratchDir),
    simplify: createSimplifier(),
    vocab: loadVocabulary(),
    places,
    formulas: provincialFormulas(opts.lexicon, places.gazetteer),
  };
}
