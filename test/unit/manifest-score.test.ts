/** The extraction test's definitions of right / wrong / unknown (test/integration/manifest-score.ts). */
import { describe, expect, it } from 'vitest';
import { normOrg, scoreAll, scoreDate, scoreOrg, scorePlace, scoreTitle } from '../integration/manifest-score';

describe('manifest scoring', () => {
  it('scoreDate: agreement at the precision both claim', () => {
    expect(scoreDate('2026', '2026-01-25')).toBe('right');
    expect(scoreDate('2026-01', '2026-01-25')).toBe('right');
    expect(scoreDate('1957-06-26', '1957')).toBe('right');
    expect(scoreDate('2026-02-10', '2026-02-03')).toBe('wrong');
    expect(scoreDate('2026-02', '2026-01-25')).toBe('wrong');
    expect(scoreDate(null, '2026-01-25')).toBe('unknown');
  });
  it('scorePlace: an empty manifest cell means none', () => {
    expect(scorePlace(null, '')).toBe('right');
    expect(scorePlace('上海市', '')).toBe('wrong');
    expect(scorePlace(null, '北京市')).toBe('unknown');
    expect(scorePlace('天津市', '北京市')).toBe('wrong');
  });
  it('scoreOrg / normOrg: usual abbreviations only', () => {
    expect(normOrg('北京市人民政府')).toBe(normOrg('北京市政府'));
    expect(scoreOrg('中华人民共和国国务院', '国务院')).toBe('right');
    expect(scoreOrg('中央人民政府', '国务院')).toBe('right');
    expect(scoreOrg('北京市市长 殷勇', '北京市人民政府')).toBe('wrong');
    expect(scoreOrg('河北省人民政府', '北京市人民政府')).toBe('wrong');
  });
  it('scoreTitle: fallback is unknown, containment is right', () => {
    expect(scoreTitle('各位代表：现在，我代表国务院…', '2010年中华人民共和国国务院政府工作报告')).toBe('unknown');
    expect(scoreTitle('政府工作报告', '2026年北京市政府工作报告')).toBe('right');
    expect(scoreTitle('国务院总理', '2017年中华人民共和国国务院政府工作报告')).toBe('wrong');
  });
  it('scoreAll counts every field of every document once', () => {
    const { table, misses } = scoreAll(
      [{ source_file: 'a.txt', title: '政府工作报告', date: '2026-02-10', org: null, province: '北京市', city: null }],
      new Map([['a.txt', { title: '2026年北京市政府工作报告', date: '2026-02-03', org: '北京市人民政府', province: '北京市' }]]),
    );
    expect(table.date).toEqual({ right: 0, wrong: 1, unknown: 0 });
    expect(table.org).toEqual({ right: 0, wrong: 0, unknown: 1 });
    expect(table.province.right + table.city.right + table.title.right).toBe(3);
    expect(misses).toHaveLength(2);
  });
});
