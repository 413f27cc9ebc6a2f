import { describe, expect, it } from 'vitest';
import { adminLevelOf, classifyOrg, fillPlace, orgFromTitle, resolveOrg } from '../../scripts/pipeline/attribute/org';
import type { RegionResult } from '../../scripts/pipeline/types';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const places = loadPlaces();

const huzhou: RegionResult = { province: '浙江省', city: '湖州市', county: null, region_source: 'body_text', evidence: '湖州各级党外人士' };
const noRegion: RegionResult = { province: null, city: null, county: null, region_source: 'none', evidence: null };

describe('classifyOrg(name)', () => {
  it.each([
    ['湖州市委理论学习中心组', 'party_committee'],
    ['中共常德市委理论学习中心组', 'party_committee'],
    ['中央和国家机关工委理论学习中心组', 'party_committee'],
    ['市财政局党组理论学习中心组', 'party_group'],
    ['市水利局党委理论学习中心组', 'party_group'],
    ['益阳市纪委监委理论学习中心组', 'discipline_inspection'],
    ['市委政法委理论学习中心组', 'political_legal'],
    ['市公安局党委理论学习中心组', 'political_legal'],
    ['湘潭市委统战部理论学习中心组', 'united_front'],
    ['省人大常委会机关党组', 'peoples_congress'],
    ['杭州市政协', 'cppcc'],
    ['市保密局', 'government'],
    ['中核华泰建设有限公司党委', 'soe'],
    ['浙江大学党委', 'university'],
    ['先锋村党支部', 'grassroots'],
    ['湘潭市委常委、副市长 董巍', 'individual'],
    ['张三同志', 'individual'],
    ['青年干部', 'unknown'],
  ])('%s → %s', (name, type) => {
    expect(classifyOrg(name)).toBe(type);
  });
});

describe('adminLevelOf(name, places)', () => {
  it.each([
    ['中央和国家机关工委理论学习中心组', 'central'],
    ['国务院', 'central'],
    ['湖南省委理论学习中心组', 'province'],
    ['北京市委理论学习中心组', 'province'],
    ['中共常德市委理论学习中心组', 'city'],
    ['市公安局党委理论学习中心组', 'city'],
    ['南浔区委理论学习中心组', 'county'],
    ['县纪委', 'county'],
    ['义乌市委', 'county'],
    ['谷城县石花镇党委', 'township'],
    ['中核华泰建设有限公司党委', 'enterprise'],
    ['市乡村振兴局', 'city'],
    ['学校', 'unknown'],
  ])('%s → %s', (name, level) => {
    expect(adminLevelOf(name, places)).toBe(level);
  });
});

describe('orgFromTitle(title)', () => {
  it.each([
    ['市保密局关于第二批主题教育阶段性进展情况汇报', '市保密局'],
    ['县纪委书记在主题教育学习会上的研讨发言', '县纪委书记'],
    ['张三同志在全市经济工作会议上的讲话', '张三同志'],
    ['市税务局在第二批主题教育阶段性工作汇报会上的发言', '市税务局'],
  ])('%s → %s', (title, org) => {
    expect(orgFromTitle(title)).toBe(org);
  });

  it.each(['在2023年主题教育推进会议上的讲话', '关于第二批主题教育10月份阶段性进展总结', '主题教育党课讲稿'])('%s → null', (title) => {
    expect(orgFromTitle(title)).toBeNull();
  });
});

describe('fillPlace(org, region)', () => {
  it('fills the city a relative org name leaves out (市公安局 → 湖州市公安局)', () => {
    expect(fillPlace('市公安局党委理论学习中心组', huzhou)).toBe('湖州市公安局党委理论学习中心组');
  });

  it('leaves the name alone without region evidence', () => {
    expect(fillPlace('市公安局党委理论学习中心组', noRegion)).toBe('市公安局党委理论学习中心组');
  });

  it('does not fill a district name from a city alone (区委 in 湖州市 could be any district)', () => {
    expect(fillPlace('区委理论学习中心组', huzhou)).toBe('区委理论学习中心组');
  });

  it('fills a district name when the county is known', () => {
    expect(fillPlace('区委理论学习中心组', { ...huzhou, county: '南浔区' })).toBe('南浔区委理论学习中心组');
  });

  it('keeps names that carry their own place', () => {
    expect(fillPlace('湘潭市委统战部理论学习中心组', huzhou)).toBe('湘潭市委统战部理论学习中心组');
  });
});

describe('resolveOrg(input, region, manifest)', () => {
  it('reads the org line and fills the place from the region', () => {
    const r = resolveOrg({ places, orgLine: '市公安局党委理论学习中心组', title: null }, huzhou);
    expect(r).toEqual({
      org: '湖州市公安局党委理论学习中心组',
      org_as_written: '市公安局党委理论学习中心组',
      org_type: 'political_legal',
      admin_level: 'city',
    });
  });

  it('takes the org a speaker speaks for (县纪委书记 → 县纪委)', () => {
    const r = resolveOrg({ places, orgLine: null, title: '县纪委书记在主题教育学习会上的研讨发言' }, noRegion);
    expect(r).toEqual({ org: '县纪委', org_as_written: '县纪委书记', org_type: 'discipline_inspection', admin_level: 'county' });
  });

  it('takes the org of an official speaking (某市财政局纪检监察干部 → 某市财政局)', () => {
    const r = resolveOrg({ places, orgLine: null, title: '某市财政局纪检监察干部在2023年主题教育组织生活会上发言材料' }, noRegion);
    expect(r).toMatchObject({ org: '某市财政局', org_as_written: '某市财政局纪检监察干部', org_type: 'government' });
  });

  it.each(['青年检察干警在2023年第二批主题教育“读书班”上的交流研讨发言', '办公室干部在2023年机关主题教育读书班上的交流发言'])(
    'names no org for a bare role: %s',
    (title) => {
      const r = resolveOrg({ places, orgLine: null, title }, noRegion);
      expect(r.org).toBeNull();
      expect(r.org_as_written).toBe(title.slice(0, title.indexOf('在')));
    },
  );

  it('keeps a named person as an individual with the level of their post (seed 002 byline)', () => {
    const r = resolveOrg({ places, orgLine: '湘潭市委常委、副市长 董巍', title: null }, noRegion);
    expect(r).toMatchObject({ org_as_written: '湘潭市委常委、副市长 董巍', org_type: 'individual', admin_level: 'city' });
  });

  it('lets the manifest org win', () => {
    const r = resolveOrg({ places, orgLine: '市公安局党委理论学习中心组', title: null }, noRegion, { org: '国务院' });
    expect(r).toEqual({ org: '国务院', org_as_written: '国务院', org_type: 'government', admin_level: 'central' });
  });

  it('is unknown when nothing names an org', () => {
    expect(resolveOrg({ places, orgLine: null, title: '主题教育党课讲稿' }, noRegion)).toEqual({
      org: null,
      org_as_written: null,
      org_type: 'unknown',
      admin_level: 'unknown',
    });
  });
});
