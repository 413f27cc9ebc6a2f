/**
 * Stage "count": a document's slogan occurrences counted per slogan, the rows
 * of the mentions table (the same slogan is never counted twice at one place:
 * the matcher already reports each (slogan, start) once).
 */
import type { Occurrence } from './types';
import type { Mention } from './document';

/** Occurrences per slogan_id, in order of first occurrence. */
export function countMentions(occurrences: readonly Occurrence[]): Mention[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.slogan_id, (counts.get(o.slogan_id) ?? 0) + 1);
  return [...counts].map(([slogan_id, count]) => ({ slogan_id, count }));
}
