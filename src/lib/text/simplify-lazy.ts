/**
 * The Traditional → Simplified converter for typed phrases, loaded on first
 * use: opencc-js's dictionaries are a separate chunk that a visitor who never
 * types a phrase does not download.
 */
let loading: Promise<(s: string) => string> | null = null;

export function loadSimplifier(): Promise<(s: string) => string> {
  loading ??= import('./simplify').then((m) => m.toSimplified);
  return loading;
}
