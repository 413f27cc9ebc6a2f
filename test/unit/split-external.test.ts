/**
 * The external corpora hold one document per file (each MANIFEST.csv row names one report). Whatever their
 * layout (double spacing, unnumbered section headings, page chrome), the splitter must not cut them up.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../scripts/pipeline/split';
import { cleaned } from '../fixtures/split/load';
import { EXTERNAL, sharedAvailable } from '../integration/shared-corpus';

// ../shared beside the project, wherever the project lives; skipped with a message without it, failing under CI=true.
const dirs = sharedAvailable('the splitter test on the external corpora') ? readdirSync(EXTERNAL).map((d) => join(EXTERNAL, d)) : [];

describe.skipIf(dirs.length === 0)('splitDocuments on the external corpora', () => {
  it.each(dirs)('%s: every file is one document', (dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    const split = files.filter((f) => splitDocuments(cleaned(join(dir, f)), f).docs.length !== 1);
    expect(split).toEqual([]);
  });
});
