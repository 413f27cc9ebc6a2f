/**
 * The independent count the phrase queries are checked against: the pipeline's own matcher run over the dashboard
 * fixture's texts (Simplified as the pipeline converts them), one phrase as a one-row lexicon.
 */
import { buildMatcher } from '../../scripts/pipeline/match';
import { lexiconFormIndex } from '../../src/lib/queries/phrase';
import { toSimplified } from '../../src/lib/text/simplify';
import type { fixtureRows } from '../fixtures/make-dashboard-fixture';

export function phraseOracle(rows: ReturnType<typeof fixtureRows>, phrase: string) {
  const texts = new Map((rows.texts as unknown as { doc_id: string; text: string }[]).map((t) => [t.doc_id, t.text]));
  const forms = lexiconFormIndex(rows.slogans as unknown as { slogan_id: string; canonical: string; variants: string }[]);
  const row = { slogan_id: 'p', canonical: phrase, variants: [], exclude: [], category: 'x', scope: 'x', first_year: null, gloss_en: '', note: '' };
  const matcher = buildMatcher([{ ...row, row: 1, file: 't' }]);
  /** occurrences of the phrase in one document's text */
  const hitsOf = (docId: string) => matcher.find(toSimplified(texts.get(docId) ?? '')).length;
  return { forms, hitsOf };
}
