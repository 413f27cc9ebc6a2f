/**
 * The flattened-text rule on seed text: each dated article of seed 000 (title / org line / （date） / body)
 * with every line break removed, as a portal that flattens pages would serve it, still gets its date —
 * from the bracket right after the title-like opening — and the same value as the article as written.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decode } from '../../scripts/pipeline/decode';
import { cleanLines } from '../../scripts/pipeline/clean';
import { splitDocuments } from '../../scripts/pipeline/split';
import { joinParagraphs } from '../../scripts/pipeline/paragraphs';
import { attributeDocument } from '../../scripts/pipeline/attribute/index';
import { createSimplifier } from '../../scripts/pipeline/simplify';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const simplify = createSimplifier();
const res = { simplify, places: loadPlaces() };

const FILE = 'data/raw/seeds/000_83ceffdfb6a9c23d.txt';

function attributeText(text: string, rel: string) {
  const cleaned = cleanLines(text);
  const { docs, context } = splitDocuments(cleaned.lines, rel);
  return docs.map((span) => ({ span, a: attributeDocument(span, joinParagraphs(span.body), context, undefined, res) }));
}

describe('seed 000 flattened article by article', () => {
  const decoded = decode(new Uint8Array(readFileSync(FILE)));
  if ('error' in decoded) throw new Error(decoded.error);
  const lines = decoded.text.split('\n');
  const asWritten = attributeText(decoded.text, FILE).filter(({ span }) => span.dateLine);

  it('has dated articles to flatten (the nine under （2022年12月…） headers)', () => {
    expect(asWritten).toHaveLength(9);
  });

  it('each flattened article keeps its own date, stated', () => {
    for (const { span, a } of asWritten) {
      // the article's header starts two or three lines above its first body line
      const start = Math.max(0, span.startLine - 1 - 3);
      const flat = lines
        .slice(start, span.endLine)
        .join('')
        .replace(/^[^\u4e00-\u9fff]+/, '');
      const title = span.title as string;
      const one = flat.slice(flat.indexOf(title.slice(0, 6)));
      const got = attributeText(one, 'flat.txt');
      expect(got, `${span.startLine}`).toHaveLength(1);
      expect(got[0].a, `${span.startLine}`).toMatchObject({ date: a.date, date_confidence: 'stated' });
    }
  });
});
