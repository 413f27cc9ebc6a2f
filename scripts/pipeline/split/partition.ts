/**
 * Cutting a run of paragraphs into k contiguous pieces and giving each piece one of k labels, so that the
 * sum of the paragraphs' votes for their piece's label is largest. Pure arithmetic, no text: the newspaper
 * splitter feeds it votes computed from the headline block (see headlines.ts).
 */

export interface Partition {
  /** paragraph index where each piece starts (the first is 0) */
  starts: number[];
  /** label of each piece, in page order */
  order: number[];
  score: number;
}

export interface CutRules {
  /** canStart[p]: a piece may start at paragraph p (paragraph 0 always starts one) */
  canStart: boolean[];
  /** every piece must collect more than this for its own label: a label may not sit on a piece with no evidence for it */
  minSupport: number;
}

/** All orderings of 0..k-1 (k is the number of signed headlines on one page, so k! stays tiny). */
export function permutations(k: number): number[][] {
  if (k <= 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(k - 1)) {
    for (let at = 0; at <= p.length; at++) out.push([...p.slice(0, at), k - 1, ...p.slice(at)]);
  }
  return out;
}

/**
 * Best cut of paragraphs 0..m-1 into `order.length` non-empty pieces labelled in this order, where
 * `votes[p][h]` is paragraph p's vote for label h. Among equal scores the earliest cut wins, so a paragraph
 * without evidence opens the next piece rather than trailing the previous one (an opening restates the
 * general theme; the specific matter that identifies a piece comes later). Null when no cut obeys the rules.
 */
export function bestCut(votes: number[][], order: number[], rules: CutRules): Partition | null {
  const m = votes.length;
  const k = order.length;
  if (k === 0 || m < k) return null;
  const prefix = order.map((h) => {
    const row = [0];
    for (let p = 0; p < m; p++) row.push(row[p] + (votes[p][h] ?? 0));
    return row;
  });
  const NONE = -Infinity;
  // best[j][i]: best score with pieces 0..j-1 covering paragraphs [0, i); back[j][i]: where piece j-1 starts
  const best = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(NONE));
  const back = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(-1));
  best[0][0] = 0;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < m; i++) {
      if (best[j][i] === NONE || (i > 0 && !rules.canStart[i])) continue;
      for (let e = i + 1; e <= m; e++) {
        // a piece ends where the next may start, or at the end for the last piece
        if (j + 1 < k ? e === m || !rules.canStart[e] : e !== m) continue;
        const own = prefix[j][e] - prefix[j][i];
        if (own <= rules.minSupport) continue;
        const s = best[j][i] + own;
        if (s > best[j + 1][e] + 1e-9) {
          best[j + 1][e] = s;
          back[j + 1][e] = i;
        }
      }
    }
  }
  if (best[k][m] === NONE) return null;
  const starts: number[] = [];
  for (let j = k, e = m; j > 0; j--) {
    const i = back[j][e];
    starts.unshift(i);
    e = i;
  }
  return { starts, order: [...order], score: best[k][m] };
}

/** The best partition over all label orders, and the best one with another order (the runner-up), or null. */
export function bestPartitions(votes: number[][], k: number, rules: CutRules): { best: Partition; runnerUp: Partition | null } | null {
  const found = permutations(k)
    .map((o) => bestCut(votes, o, rules))
    .filter((p): p is Partition => p !== null)
    .sort((a, b) => b.score - a.score);
  return found.length ? { best: found[0], runnerUp: found[1] ?? null } : null;
}
