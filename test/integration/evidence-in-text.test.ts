/**
 * No date or place without evidence: documents drawn with a seeded PRNG from the seed corpus and the
 * external corpora (manifests off), as written and with every line break removed, must quote their
 * `date_source` and region `evidence` from their own text. The only words from outside the document are
 * the header the splitter gave the document (a newspaper page prints its headlines at the end) and a
 * relative org's file context (市公安局…（文件上下文：湖州…）), which must come from the file's head.
 * Whitespace is ignored in the comparison (a wrapped line is joined without a separator).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../scripts/rng';
import { decode } from '../../scripts/pipeline/decode';
import { cleanLines } from '../../scripts/pipeline/clean';
import { splitDocuments } from '../../scripts/pipeline/split';
import { joinParagraphs } from '../../scripts/pipeline/paragraphs';
import { attributeDocument } from '../../scripts/pipeline/attribute/index';
import { createSimplifier } from '../../scripts/pipeline/simplify';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';
import { provincialFormulas } from '../../scripts/pipeline/attribute/signature-formulas';
import { parseLexiconCsv } from '../../scripts/pipeline/lexicon';
import { EXTERNAL, sharedAvailable } from './shared-corpus';

const have = sharedAvailable('the evidence-in-text test');
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const LEXICON = 'data/lexicon/slogans.csv';
const places = loadPlaces();
const res = {
  simplify: createSimplifier(),
  places,
  formulas: provincialFormulas(parseLexiconCsv(readFileSync(LEXICON, 'utf8'), LEXICON), places.gazetteer),
};

function filesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

interface Checked {
  dated: number;
  placed: number;
  bad: string[];
}

function check(file: string, flatten: boolean, out: Checked): void {
  const decoded = decode(new Uint8Array(readFileSync(file)));
  if ('error' in decoded) throw new Error(`${file}: ${decoded.error}`);
  const text = flatten ? decoded.text.replace(/\n+/g, '') : decoded.text;
  const cleaned = cleanLines(text);
  const { docs, context } = splitDocuments(cleaned.lines, file);
  const head = squash(context.headText);
  for (const span of docs) {
    // the document's lines, plus the header the splitter gave it (a newspaper page prints headlines and
    // bylines at its end, outside the article's lines: seed 002)
    const lines = cleaned.lines.filter((l) => l.n >= span.startLine && l.n <= span.endLine).map((l) => l.text);
    const own = squash([span.title, span.orgLine, span.dateLine, ...lines].filter(Boolean).join(''));
    const a = attributeDocument(span, joinParagraphs(span.body), context, undefined, res);
    const where = `${file}${flatten ? ' (flattened)' : ''}:${span.startLine}`;
    if (a.date) {
      out.dated++;
      if (!a.date_source || !own.includes(squash(a.date_source))) out.bad.push(`${where} date ${a.date} from ${JSON.stringify(a.date_source)}`);
    }
    if (a.province || a.city || a.county) {
      out.placed++;
      const [inDoc, fromHead] = (a.evidence ?? '').split('（文件上下文：');
      const ok = !!a.evidence && own.includes(squash(inDoc)) && (fromHead === undefined || head.includes(squash(fromHead.replace(/）$/, ''))));
      if (!ok) out.bad.push(`${where} place ${a.province}/${a.city}/${a.county} from ${JSON.stringify(a.evidence)}`);
    }
  }
}

describe.skipIf(!have)('every date and place quotes its evidence from the document', () => {
  it('on documents drawn at random from the seeds and the external corpora, as written and flattened', () => {
    const next = rng(20261207);
    const pool = [
      ...filesOf('data/raw/seeds'),
      ...['xi-2020-dev', 'provincial-gwr-2026', 'national-gwr-wikisource'].flatMap((c) => filesOf(join(EXTERNAL, c))),
    ];
    const out: Checked = { dated: 0, placed: 0, bad: [] };
    // every seed file both ways; 60 external files drawn at random, each flattened or not by a coin toss
    for (const f of pool.slice(0, 5)) {
      check(f, false, out);
      check(f, true, out);
    }
    const rest = pool.slice(5);
    for (let k = 0; k < 60; k++) {
      const [f] = rest.splice(Math.floor(next() * rest.length), 1);
      check(f, next() < 0.5, out);
    }
    console.log(`evidence check: ${out.dated} dates, ${out.placed} places`);
    expect(out.bad).toEqual([]);
    // the draw must exercise both kinds of evidence, or it proves nothing
    expect(out.dated).toBeGreaterThan(40);
    expect(out.placed).toBeGreaterThan(40);
  });
});
