/**
 * Candidate discovery: phrases that look like formulaic slogans and are not
 * yet in the lexicon. Two pure steps so the orchestrator can run the first in
 * worker threads: findCandidateHits per document, then CandidateAggregator
 * over the corpus. Design notes: discover/discover.md.
 */
export { findCandidateHits, KINDS, MAX_NGRAM_HITS, type CandidateKind } from './discover/hits';
export { CandidateAggregator, foldFragments, mergeHits, scoreOf, type ScoredCandidate } from './discover/aggregate';
export { junkReason } from './discover/filters';
