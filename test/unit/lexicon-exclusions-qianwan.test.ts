/**
 * 千万工程 (Zhejiang's "thousand villages" programme) is a substring of the many
 * "百千万" programmes of other provinces, written “百千万”工程 in real text: the
 * matcher skips quotation marks, so without an exclusion every one of them counted
 * as 千万工程. Sentences are real, from the provincial 2026 government work reports.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_LEXICON, loadLexicons } from '../../scripts/pipeline/lexicon';
import { buildMatcher } from '../../scripts/pipeline/match';

const entries = loadLexicons([join(__dirname, '../..', DEFAULT_LEXICON)]);
const row = entries.find((e) => e.slogan_id === 'thousand_village_project');
const matcher = buildMatcher(entries);
const ids = (s: string) => matcher.find(s).map((o) => o.slogan_id);

/** “百千万”-shaped programmes that are not 千万工程. */
const NOT_QIANWAN = [
  // gwr_2026_510000 (Sichuan)
  '扎实推进宜居宜业和美乡村建设“百千万”工程，启动片区化推进乡村建设整县试点。',
  // gwr_2026_350000 (Fujian)
  '实施放心消费“百千万”工程，扩围升级城市一刻钟便民生活圈',
  // gwr_2026_360000 (Jiangxi)
  '“十百千万”工程项目完成投资1.22万亿元',
  // gwr_2026_420000 (Hubei), unquoted inside the programme name
  '开展文明实践“百千万工程”，促进全民阅读',
];

/** Real mentions of 千万工程 that must still count. */
const QIANWAN = [
  // gwr_2025 (national)
  '坚持农业农村优先发展，学习运用“千万工程”经验，完善强农惠农富农支持制度',
  // gwr_2026_330000 (Zhejiang)
  '持续深化新时代“千万工程”。发展乡村特色产业',
];

describe('exclusion 百千万工程 of thousand_village_project (千万工程)', () => {
  it('is on the 千万工程 row of the lexicon', () => {
    expect(row?.canonical).toBe('千万工程');
    expect(row?.exclude).toContain('百千万工程');
  });

  it.each(NOT_QIANWAN)('no 千万工程 in %s', (s) => {
    expect(ids(s)).not.toContain('thousand_village_project');
  });

  it('the sentences would match 千万工程 without the exclusion (so the exclusion is what stops them)', () => {
    const bare = buildMatcher([{ ...row!, exclude: [] }]);
    for (const s of NOT_QIANWAN) expect(bare.find(s).length, s).toBeGreaterThan(0);
  });

  it.each(QIANWAN)('千万工程 still counted in %s', (s) => {
    expect(ids(s).filter((id) => id === 'thousand_village_project')).toHaveLength(1);
  });
});
