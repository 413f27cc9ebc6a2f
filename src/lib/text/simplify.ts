/**
 * Traditional → Simplified for the dashboard's typed phrases: the pipeline's
 * own converter (scripts/pipeline/simplify.ts, opencc-js), so a phrase is
 * converted exactly as documents are. Same length in, same length out.
 */
import { createSimplifier } from '../../../scripts/pipeline/simplify';

let simplify: ((text: string) => string) | null = null;

export function toSimplified(text: string): string {
  simplify ??= createSimplifier();
  return simplify(text);
}
