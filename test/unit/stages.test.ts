import { describe, expect, it } from 'vitest';
import { DOCUMENT_STAGES, runStages, type Stage } from '../../scripts/pipeline/stages';
import { countMentions } from '../../scripts/pipeline/count';
import type { Doc } from '../../scripts/pipeline/document';
import type { Resources } from '../../scripts/pipeline/resources';

describe('DOCUMENT_STAGES', () => {
  it('reads as the pipeline order the README states: simplified once, matched before segmenting, counted per document', () => {
    expect(DOCUMENT_STAGES.map((s) => s.name)).toEqual([
      'paragraphs',
      'attribute',
      'text',
      'simplify',
      'match',
      'segment',
      'count',
      'discover',
      'row',
    ]);
  });
});

describe('runStages(docs, stages, resources)', () => {
  const doc = (n: number): Doc => ({
    file: { relPath: 'a.txt', key: 'k', context: { relPath: 'a.txt', fileTitle: null, headText: '' } },
    span: { startLine: n, endLine: n, title: null, orgLine: null, dateLine: null, body: [] },
  });
  it('runs one stage over every document before the next, and drops a document a stage returns null for', () => {
    const calls: string[] = [];
    const stage = (name: string, drop?: number): Stage => ({
      name,
      run: (d) => {
        calls.push(`${name}:${d.span.startLine}`);
        return d.span.startLine === drop ? null : d;
      },
    });
    const out = runStages([doc(1), doc(2), doc(3)], [stage('a', 2), stage('b')], {} as Resources);
    expect(calls).toEqual(['a:1', 'a:2', 'a:3', 'b:1', 'b:3']);
    expect(out.map((d) => d.span.startLine)).toEqual([1, 3]);
  });
});

describe('countMentions(occurrences)', () => {
  it('counts each slogan once per occurrence, in order of first occurrence', () => {
    const o = (slogan_id: string, start: number) => ({ slogan_id, start, end: start + 4, form: '' });
    expect(countMentions([o('two_establishes', 0), o('four_consciousnesses', 9), o('two_establishes', 20)])).toEqual([
      { slogan_id: 'two_establishes', count: 2 },
      { slogan_id: 'four_consciousnesses', count: 1 },
    ]);
    expect(countMentions([])).toEqual([]);
  });
});
