/**
 * Precision of candidate discovery against hand labels, on the seed corpus and
 * on the 31 provincial government work reports of 2026 (run without their
 * manifest, as a new user would).
 *
 * The fixtures (`phrase,label,reason`) judge each phrase as a 提法 or not by
 * the definition of issue 9 (discover.md "Precision"): an official formulation
 * promoted from above or by a local committee — numbered formulas, named
 * concepts, strategies, campaigns, model experiences, required lists. Stock
 * metaphors and everyday words in quotation marks, product, platform, index,
 * award and event names, generic counts (十大工程: a different list in each
 * province) and one unit's internal labels are not. Labels were made by
 * reading each phrase in its contexts, not from its score. A phrase the ranking
 * newly brings into the top 50 is missing from the labels and counts as NOT a
 * 提法: the test then fails, naming it, so someone labels it rather than the
 * precision passing by default.
 *
 * The floor is the target (35 of 50). Measured when it was set: seeds
 * 37/50, provincial reports 35/50 — the provincial one has no margin, so a
 * ranking change that costs one real formulation there shows up here.
 *
 * Held out: xi-2020-dev (58 speeches and letters of 2020) was not looked at
 * while the rules were tuned; its top 50 was labelled once the rules were
 * frozen: 25/50. Its floor is that measurement, so the test guards the
 * generalisation as measured rather than the target it does not reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runPipeline } from '../../scripts/pipeline/run';
import { parseCsvRecords } from '../../scripts/pipeline/csv';
import { TABLES } from '../../src/lib/schema';
import { EXTERNAL, sharedAvailable } from './shared-corpus';

const TOP = 50;
const MIN_SLOGANS = 35;
const FIXTURES = join(__dirname, '../fixtures/discover');

function readCsv(file: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), file).records;
}

interface Case {
  name: string;
  input: string;
  labels: string;
  useManifests: boolean;
  needsShared: boolean;
  /** fewest labelled 提法 in the top 50 */
  min: number;
  /** fewest rows of the labels fixture */
  minRows: number;
}

const CASES: Case[] = [
  {
    name: 'seed corpus',
    input: 'data/raw/seeds',
    labels: 'seed-labels.csv',
    useManifests: true,
    needsShared: false,
    min: MIN_SLOGANS,
    minRows: 100,
  },
  {
    name: 'provincial work reports 2026',
    input: join(EXTERNAL, 'provincial-gwr-2026'),
    labels: 'provincial-gwr-2026-labels.csv',
    useManifests: false,
    needsShared: true,
    min: MIN_SLOGANS,
    minRows: 100,
  },
  {
    name: 'held-out xi-2020-dev speeches',
    input: join(EXTERNAL, 'xi-2020-dev'),
    labels: 'xi-2020-dev-labels.csv',
    useManifests: false,
    needsShared: true,
    min: 25,
    minRows: 50,
  },
];

for (const c of CASES) {
  const run = !c.needsShared || sharedAvailable(`discovery precision on ${c.name}`);
  describe.runIf(run)(`candidate discovery on the ${c.name}`, () => {
    let out: string;
    let top: string[] = [];
    const labelsFile = join(FIXTURES, c.labels);

    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), 'tifa-precision-'));
      await runPipeline(
        { inputs: [c.input], outDir: out, lexicons: ['data/lexicon/slogans.csv'], useManifests: c.useManifests, workers: 0 },
        { log: () => {}, warn: () => {} },
      );
      top = readCsv(join(out, `${TABLES.candidates}.csv`))
        .filter((r) => r.in_lexicon !== 'true')
        .slice(0, TOP)
        .map((r) => r.phrase);
    });
    afterAll(() => out && rmSync(out, { recursive: true, force: true }));

    it('the labels fixture is well formed: one row per phrase, label slogan or not, a reason', () => {
      const rows = readCsv(labelsFile);
      expect(rows.length).toBeGreaterThanOrEqual(c.minRows);
      expect(new Set(rows.map((r) => r.phrase)).size).toBe(rows.length);
      for (const r of rows) {
        expect(['slogan', 'not'], r.phrase).toContain(r.label);
        expect(r.reason.trim(), r.phrase).not.toBe('');
      }
    });

    it('no candidate is a phrase of the lexicon', () => {
      const all = readCsv(join(out, `${TABLES.candidates}.csv`));
      expect(all.filter((r) => r.in_lexicon === 'true').map((r) => r.phrase)).toEqual([]);
    });

    it(`at least ${c.min} of the top ${TOP} candidates are hand-labelled 提法`, () => {
      const labels = new Map(readCsv(labelsFile).map((r) => [r.phrase, r.label]));
      expect(top).toHaveLength(TOP);
      const unlabelled = top.filter((p) => !labels.has(p));
      const notSlogans = top.filter((p) => labels.get(p) === 'not');
      const slogans = top.filter((p) => labels.get(p) === 'slogan');
      console.log(
        `discover precision (${c.name}): ${slogans.length}/${TOP} labelled 提法; not: ${notSlogans.join(' ') || '—'}; ` +
          `unlabelled (counted as not): ${unlabelled.join(' ') || '—'}`,
      );
      expect(slogans.length, `unlabelled phrases in the top ${TOP}: ${unlabelled.join(' ')}`).toBeGreaterThanOrEqual(c.min);
    });
  });
}
