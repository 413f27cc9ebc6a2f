import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../src/lib/export/filename';

describe('exportFilename with filters and many slogans', () => {
  const five = ['习近平新时代中国特色社会主义思想', '高质量发展', '两个确立', '中国式现代化', '全面从严治党'];
  it('keeps every filter when the slogans make the name long, and shortens the slogan list instead', () => {
    const name = exportFilename({ view: 'organisations-heatmap', slogans: five, filters: { by: 'org', org_type: ['party_group'] }, ext: 'csv' });
    expect(name).toContain('_by-org_org_type-party_group.csv');
    expect(name).toContain('习近平新时代中国特色社会主义思想');
    expect(name).toMatch(/\+\dmore_/);
    expect([...name].length).toBeLessThanOrEqual(84);
  });
  it('names a long filter list by its first values and how many more', () => {
    const files = ['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt', 'seeds/d.txt'];
    expect(exportFilename({ view: 'regions', filters: { source_file: files }, ext: 'png' })).toBe(
      'tifa-regions_source_file-seeds_a.txt+seeds_b.txt+2more.png',
    );
  });
  it('leaves a short name as it was', () => {
    expect(exportFilename({ view: 'trends', slogans: ['两个确立', '四个意识'], filters: { province: ['浙江省'] }, ext: 'csv' })).toBe(
      'tifa-trends_两个确立+四个意识_province-浙江省.csv',
    );
  });
});

describe('exportFilename with names holding the list separator', () => {
  it('a + inside a name becomes ＋, so + still separates the values', () => {
    const name = exportFilename({ view: 'organisations', filters: { org: ['中共A+B委员会', '某局'] }, ext: 'csv' });
    expect(name).toBe('tifa-organisations_org-中共A＋B委员会+某局.csv');
    expect(
      name
        .replace(/\.csv$/, '')
        .split('_')[1]
        .replace(/^org-/, '')
        .split('+'),
    ).toEqual(['中共A＋B委员会', '某局']);
  });
});
