/**
 * A document's offset → raw-line table (the `text_lines` table of the data
 * contract): from UTF-16 offset `starts[i]` of the cleaned text on, the text
 * was read from line `lines[i]` of the raw file. Used by the pipeline to give
 * each occurrence its `line`, and by the dashboard for phrases it finds itself.
 */
export interface LineMap {
  /** ascending offsets into the document's text */
  starts: number[];
  /** 1-based raw-file line of each segment */
  lines: number[];
}

/** The raw line of a text offset; null for an empty table. */
export function lineOf(map: LineMap, offset: number): number | null {
  const { starts, lines } = map;
  if (starts.length === 0) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo];
}

/**
 * The table of a document whose text is `title + '\n' + body` (or the body
 * alone when the title is null): the title's lines (offsets within the title),
 * then the body's segments shifted past it.
 */
export function documentLineMap(title: string | null, titleLines: readonly { start: number; line: number }[], body: LineMap): LineMap {
  // a plain copy: the result crosses a worker boundary, where a function (joinParagraphsWithMap's lineAt) cannot go
  if (title === null || titleLines.length === 0) return { starts: body.starts, lines: body.lines };
  const shift = title.length + 1;
  return {
    starts: [...titleLines.map((t) => t.start), ...body.starts.map((s) => s + shift)],
    lines: [...titleLines.map((t) => t.line), ...body.lines],
  };
}
