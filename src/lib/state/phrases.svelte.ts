/**
 * Phrase series of a view (`q` in the URL) resolved against the lexicon,
 * with the Traditional → Simplified converter loaded only when a phrase is
 * typed. `resolved` is null until both are ready.
 */
import { lexiconFormIndex, resolveSeries, type ResolvedSeries } from '../queries/phrase';
import { loadSimplifier } from '../text/simplify-lazy';

type Lexicon = readonly { slogan_id: string; canonical: string; variants: string }[];

export class PhraseSeries {
  #simplify: ((s: string) => string) | null = $state(null);
  readonly resolved: ResolvedSeries[] | null = $derived.by(() => {
    const phrases = this.phrases();
    const lexicon = this.lexicon();
    if (phrases.length === 0) return [];
    if (!this.#simplify || lexicon.length === 0) return null;
    const forms = lexiconFormIndex(lexicon);
    return phrases.map((q) => resolveSeries(q, forms, this.#simplify!));
  });

  constructor(
    private readonly phrases: () => string[],
    private readonly lexicon: () => Lexicon,
  ) {
    $effect(() => {
      if (this.phrases().length && !this.#simplify) void loadSimplifier().then((f) => (this.#simplify = f));
    });
  }
}
