/**
 * Where the external corpora live (../shared beside the project, never copied
 * in). Tests that need them skip with a clear message when it is missing, and
 * fail when CI=true, since CI always has it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const EXTERNAL = resolve(SHARED, 'corpus/external');

export function sharedAvailable(what: string): boolean {
  const ok = existsSync(EXTERNAL);
  if (!ok) {
    const msg = `${EXTERNAL} is missing: ${what} needs the external corpora in ../shared/corpus/external`;
    if (process.env.CI === 'true') throw new Error(`CI=true and ${msg}`);
    console.warn(`SKIPPED: ${msg}`);
  }
  return ok;
}
