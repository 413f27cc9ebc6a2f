/**
 * The pipeline's table of contents. A file goes through the file stages
 * (process-file.ts: decode → html → clean → split), and each document it holds
 * then through DOCUMENT_STAGES in this order, each `(doc, resources) → doc`.
 * Corpus-level steps follow in run.ts: candidate ranking (discover/aggregate.ts)
 * and the tables (write.ts).
 */
import { joinParagraphsWithMap } from './paragraphs';
import { documentLineMap } from '../../src/lib/text/line-map';
import { attributeDocument } from './attribute/index';
import { tokenize, countWords } from './segment';
import { findCandidateHits } from './discover';
import { countMentions } from './count';
import { countChars, docId, type Doc } from './document';
import type { Resources } from './resources';

export interface Stage {
  name: string;
  /** the document with this stage's fields filled, or null to drop it (nothing left to read) */
  run(doc: Doc, res: Resources): Doc | null;
}

export const DOCUMENT_STAGES: readonly Stage[] = [
  // hard-wrapped PDF lines → paragraphs
  {
    name: 'paragraphs',
    run: (doc) => {
      const j = joinParagraphsWithMap(doc.span.body);
      return { ...doc, body: j.text, bodyLines: { starts: j.starts, lines: j.lines } };
    },
  },
  // title, organisation, region, date — each with its evidence; manifest values win
  {
    name: 'attribute',
    run: (doc, res) => ({ ...doc, meta: attributeDocument(doc.span, doc.body!, doc.file.context, doc.file.manifest, res) }),
  },
  // The title is part of the text: slogans in headlines count, and a reader sees it.
  {
    name: 'text',
    run: (doc) => {
      const text = doc.span.title ? `${doc.meta!.title}\n${doc.body}` : doc.body!;
      // offset → raw line: the title's own lines, unless attribution replaced it (a manifest title)
      const titleLines = doc.meta!.title === doc.span.title && doc.span.titleLines ? doc.span.titleLines : [{ start: 0, line: doc.span.startLine }];
      const lineMap = documentLineMap(doc.span.title ? doc.meta!.title : null, titleLines, doc.bodyLines!);
      return text.trim() ? { ...doc, text, lineMap } : null;
    },
  },
  // once, for every stage below: matching, segmenting and discovery read the Simplified copy
  { name: 'simplify', run: (doc, res) => ({ ...doc, simplified: res.simplify(doc.text!) }) },
  { name: 'match', run: (doc, res) => ({ ...doc, occurrences: res.matcher.find(doc.simplified!) }) },
  { name: 'segment', run: (doc, res) => ({ ...doc, tokens: tokenize(res.segmenter, doc.simplified!) }) },
  { name: 'count', run: (doc) => ({ ...doc, mentions: countMentions(doc.occurrences!) }) },
  {
    name: 'discover',
    run: (doc, res) => ({ ...doc, candidates: findCandidateHits(doc.simplified!, doc.tokens!, res.lexiconForms, res.vocab) }),
  },
  { name: 'row', run: (doc) => ({ ...doc, row: documentRow(doc) }) },
];

function documentRow({ file, span, meta, text, tokens }: Doc): Doc['row'] {
  const m = meta!;
  return {
    doc_id: docId(file.relPath, span.startLine, file.key),
    source_file: file.relPath,
    start_line: span.startLine,
    end_line: span.endLine,
    title: m.title,
    org: m.org,
    org_as_written: m.org_as_written,
    org_type: m.org_type,
    admin_level: m.admin_level,
    province: m.province,
    city: m.city,
    county: m.county,
    region_source: m.region_source,
    region_evidence: m.evidence,
    date: m.date,
    date_precision: m.date_precision,
    date_source: m.date_source,
    date_confidence: m.date_confidence,
    n_chars: countChars(text!),
    n_tokens: countWords(tokens!),
  };
}

/**
 * Runs `stages` over a group of documents one stage at a time: run per
 * document, jieba's dictionary pushed the matcher's and discovery's tables out
 * of the CPU caches (and they jieba's) between every two documents. The
 * results are the same either way.
 */
export function runStages(docs: Doc[], stages: readonly Stage[], res: Resources): Doc[] {
  let out = docs;
  for (const stage of stages) {
    const next: Doc[] = [];
    for (const d of out) {
      const r = stage.run(d, res);
      if (r) next.push(r);
    }
    out = next;
  }
  return out;
}
