/**
 * The reader's text as paragraphs of plain and highlighted pieces (pure): the
 * pieces are rendered as text nodes, so document text is never markup.
 */

export interface Highlight {
  start: number;
  end: number;
  /** slogan_id or phrase key */
  term: string;
  /** a chosen series (coloured) or another lexicon slogan (subdued) */
  chosen: boolean;
  label: string;
}

export interface Piece {
  text: string;
  /** the highlight shown for this piece (the chosen, then the shortest, of those covering it) */
  mark: Highlight | null;
  /** offset of the piece in the text */
  start: number;
}

/** Paragraphs (the text split at '\n') cut into pieces at every highlight boundary. */
export function paragraphs(text: string, highlights: readonly Highlight[]): Piece[][] {
  const out: Piece[][] = [];
  let from = 0;
  for (const para of text.split('\n')) {
    const to = from + para.length;
    const inside = highlights.filter((h) => h.start < to && h.end > from);
    const cuts = new Set<number>([from, to]);
    for (const h of inside) {
      cuts.add(Math.max(from, h.start));
      cuts.add(Math.min(to, h.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = inside.filter((h) => h.start <= a && h.end >= b);
      covering.sort((x, y) => Number(y.chosen) - Number(x.chosen) || x.end - x.start - (y.end - y.start));
      pieces.push({ text: text.slice(a, b), mark: covering[0] ?? null, start: a });
    }
    out.push(pieces);
    from = to + 1;
  }
  return out;
}
