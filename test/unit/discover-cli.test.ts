import { describe, expect, it } from 'vitest';
import { formatCandidates } from '../../scripts/candidates';

const rec = (phrase: string, score: string, lex = 'false') => ({
  phrase,
  kind: 'quoted',
  n_docs: '3',
  n_occurrences: '4',
  score,
  in_lexicon: lex,
  example_doc_id: 'd',
  example_context: `坚持“${phrase}”\n不动摇`,
});

describe('formatCandidates(records, top)', () => {
  it('prints a header and the first `top` rows with the example on one line', () => {
    const out = formatCandidates([rec('枫桥经验', '5.5', 'true'), rec('四治融合', '4.25'), rec('紧日子', '1')], 2).split('\n');
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^#\s+phrase\s+kind/);
    expect(out[1]).toContain('枫桥经验');
    expect(out[1]).toContain('yes');
    expect(out[1]).toContain('坚持“枫桥经验” 不动摇');
    expect(out[2]).toContain('4.25');
    expect(out.join('\n')).not.toContain('紧日子');
  });
});
