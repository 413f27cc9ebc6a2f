/**
 * Who wrote or gave the document. Precedence for the org as written:
 *   1. manifest org;
 *   2. the splitter's org line (市公安局党委理论学习中心组, 湘潭市委常委、副市长 董巍);
 *   3. a speaker in the title (张三同志在…会议上的讲话, 县纪委书记在…上的研讨发言);
 *   4. an issuer in the title (市保密局关于…情况汇报).
 * `org` is the org as written with its place filled in when it leaves it out
 * (市公安局… → 湖州市公安局…) and the region evidence names that place.
 *
 * org_type, first rule that matches the name (specific functions before
 * generic forms, so 市委政法委 is political_legal, 市水利局党委 party_group):
 *   individual (a named person's byline) → discipline_inspection (纪委/监委/纪检)
 *   → political_legal (政法委/公安/检察/法院/司法) → united_front (统战部)
 *   → peoples_congress (人大) → cppcc (政协) → soe (公司/集团/银行)
 *   → university (大学/学院/高校) → grassroots (村/社区/街道/乡镇 党组织, 党支部)
 *   → party_group (党组; a department's 党委: 局党委, 厅党委)
 *   → party_committee (省委/市委/区委/县委, 党工委, 中共…委)
 *   → government (国务院, 人民政府, 局, 厅, 委员会, 办) → unknown.
 * admin_level: central (中共中央, 中央和国家机关工委, 国务院, 全国人大/政协,
 * 最高人民法院/检察院, 国家…局) → enterprise (soe) → township (村/社区/街道/乡/镇
 * in the name) → the level of the place named (湖州市 → city, 南浔区 → county,
 * 北京市 → province) → the level a relative name implies (市 → city, 区/县 → county)
 * → unknown.
 */
import type { ManifestEntry, OrgResult, RegionResult } from '../types';
import type { AdminLevel, OrgType } from '../../../src/lib/schema';
import { placeInSnippet, isRelativeOrg } from './region';
import { HAN_BASIC_CLASS } from '../han';
import type { Places } from './places';

export interface OrgInput {
  orgLine: string | null;
  title: string | null;
  /** the org the opening says the speaker speaks for (我代表省人民政府…); used when the line or title names no org */
  speaker?: string | null;
}

/** What resolveOrg reads: the org input and the thread's places (for the level of a named place). */
export type OrgResolveInput = OrgInput & { places: Places };

const POST =
  '(?:常务副|副)?(?:书记|部长|市长|县长|区长|镇长|乡长|省长|主任|局长|厅长|主席|常委|院长|检察长|秘书长|委员|组长|队长|所长|校长|处长|科长|董事长|总经理)';
/** A byline ending in a person's name: 湘潭市委常委、副市长 董巍. */
const NAMED_BYLINE = new RegExp(`^(.*${POST})[\\s\\u3000]+([${HAN_BASIC_CLASS}]{2,4})$`);
const NAMED_COMRADE = new RegExp(`^[${HAN_BASIC_CLASS}]{2,4}同志$`);
const TRAILING_POST = new RegExp(`${POST}$`);
/** A kind of person rather than an org, at the end of a speaker: 青年检察干警, 纪检监察干部. */
const ROLE = /(?:青年|年轻|党员|纪检监察|机关|基层)*(?:干部|干警|党员|职工|代表|教师|学生)$/;
/** What is left when a speaker names only a department in general (办公室). */
const ROLE_ONLY = /^(?:办公室|机关|单位|部门|科室|支部|青年|检察|公安)$/;

const SPEAKER = /^([^，。：:“”"、\s]{2,30}?)在[^，。]{2,60}?(?:上|会上|时|中|期间)的?[^，。]{0,6}?(?:讲话|发言|致辞|报告|党课|主持词|讲稿)/;
const ISSUER = /^([^，。：:“”"、\s]{2,25}?)关于/;
const ORG_WORD = /(?:局|厅|委|办|部|院|政府|中心组|党委|党组|公司|集团|大学|学院|学校|中心|处|所|会|组|站|社区|村|街道|镇|乡)$/;

/** The speaker or issuer a title names, as written, or null. */
export function orgFromTitle(title: string): string | null {
  const t = title.trim();
  const s = SPEAKER.exec(t);
  if (s) return s[1];
  const i = ISSUER.exec(t);
  return i && ORG_WORD.test(i[1]) ? i[1] : null;
}

const TYPE_RULES: [OrgType, RegExp][] = [
  ['discipline_inspection', /纪委|监委|纪检|监察/],
  ['political_legal', /政法委|公安|检察|法院|司法|警/],
  ['united_front', /统战部|统一战线/],
  ['peoples_congress', /人大/],
  ['cppcc', /政协/],
  ['soe', /公司|集团|银行/],
  ['university', /大学|学院|高校/],
  ['grassroots', /(?:村|社区|街道|镇|乡)(?:党?(?:支部|总支|委|工委)|居委会|村委会)|党支部|党总支|党小组/],
  ['party_group', /党组|(?:局|厅|办|署|中心|委员会)(?:机关)?党委/],
  ['party_committee', /[省市区县州旗盟]委|党委|党工委|工委|^中共/],
  ['government', /国务院|人民政府|政府|局|厅|委员会|办公室|办$|署/],
];

/** OrgType of an org name (see the precedence at the top of this file). */
export function classifyOrg(name: string): OrgType {
  if (NAMED_BYLINE.test(name) || NAMED_COMRADE.test(name)) return 'individual';
  for (const [type, re] of TYPE_RULES) if (re.test(name)) return type;
  return 'unknown';
}

const CENTRAL = new RegExp(
  `^(?:中共中央|中央|(?:中华人民共和国)?国务院|全国人大|全国政协|最高人民|国家[${HAN_BASIC_CLASS}]{1,10}?(?:局|委|署|院|部))|中央和国家机关`,
);
// 乡村振兴局 is not a village: only a village/town's own organs count.
const TOWNSHIP = /街道|社区|村(?:党|委|支部)|[乡镇](?:党|人民政府|政府|委)/;
const RELATIVE_LEVEL: Record<string, AdminLevel> = {
  省: 'province',
  市: 'city',
  区: 'county',
  县: 'county',
  旗: 'county',
  州: 'city',
  镇: 'township',
  乡: 'township',
};

/** AdminLevel of an org name (see the precedence at the top of this file). */
export function adminLevelOf(name: string, places: Places, type: OrgType = classifyOrg(name)): AdminLevel {
  const bare = name.replace(/^中共/, '');
  if (CENTRAL.test(bare)) return 'central';
  if (type === 'soe') return 'enterprise';
  const place = placeInSnippet(bare, places);
  const idx = place ? bare.indexOf(place.name) : -1;
  const afterPlace = idx >= 0 ? bare.slice(idx + place!.name.length) : bare;
  if (TOWNSHIP.test(afterPlace)) return 'township';
  if (place) return place.level === 'province' ? 'province' : place.level === 'city' ? 'city' : 'county';
  const rel = isRelativeOrg(bare) ? (bare.startsWith('自治区') ? 'province' : RELATIVE_LEVEL[bare[0]]) : undefined;
  return rel ?? 'unknown';
}

/** 市公安局… → 湖州市公安局… when the region names the place a relative org name leaves out. */
export function fillPlace(org: string, region: RegionResult): string {
  if (!isRelativeOrg(org) || region.region_source === 'none') return org;
  const lead = org.startsWith('中共') ? '中共' : '';
  const rest = org.slice(lead.length);
  const first = rest[0];
  const cityLike = region.city ?? (region.province?.endsWith('市') ? region.province : null);
  if (rest.startsWith('自治区')) {
    return region.province?.endsWith('自治区') ? lead + region.province + rest.slice(3) : org;
  }
  const name =
    first === '市'
      ? region.county?.endsWith('市')
        ? region.county
        : cityLike
      : first === '区' || first === '县' || first === '旗'
        ? region.county?.endsWith(first)
          ? region.county
          : null
        : first === '省'
          ? region.province?.endsWith('省')
            ? region.province
            : null
          : first === '州'
            ? region.city?.endsWith('州')
              ? region.city
              : null
            : null;
  return name ? lead + name + rest.slice(1) : org;
}

/** The org as written, before any place is filled in. */
export function orgAsWritten(input: OrgInput, manifest?: ManifestEntry): string | null {
  const m = manifest?.org?.trim();
  if (m) return m;
  const line = input.orgLine?.trim().replace(/[：:]$/, '');
  if (line) return line;
  return input.title ? orgFromTitle(input.title) : null;
}

/**
 * OrgResult for one document, given the region already resolved for it. A
 * person's byline (北京市市长 殷勇) or a bare role gives way to the org the
 * opening says the speaker speaks for (我代表北京市人民政府…).
 */
export function resolveOrg(input: OrgResolveInput, region: RegionResult, manifest?: ManifestEntry): OrgResult {
  const asWritten = writtenOrg(input, region, manifest);
  const speaker = input.speaker?.trim();
  if (manifest?.org?.trim() || !speaker || (asWritten.org !== null && asWritten.org_type !== 'individual')) return asWritten;
  return writtenOrg({ orgLine: speaker, title: null, places: input.places }, region);
}

function writtenOrg(input: OrgResolveInput, region: RegionResult, manifest?: ManifestEntry): OrgResult {
  const written = orgAsWritten(input, manifest);
  if (!written) return { org: null, org_as_written: null, org_type: 'unknown', admin_level: 'unknown' };
  const type = classifyOrg(written);
  if (type === 'individual') {
    const named = NAMED_BYLINE.exec(written);
    return {
      org: written,
      org_as_written: written,
      org_type: type,
      admin_level: named ? adminLevelOf(named[1], input.places, classifyOrg(named[1])) : 'unknown',
    };
  }
  // 县纪委书记 speaks for 县纪委, 某市财政局纪检监察干部 for 某市财政局; a bare role
  // (青年检察干警, 办公室干部) names no org, though its words may still say what kind.
  const base = written.replace(TRAILING_POST, '').replace(ROLE, '');
  const isOrg = base !== '' && !ROLE_ONLY.test(base) && (ORG_WORD.test(base) || /中心组|党委|党组|党支部|工委$/.test(base));
  if (!isOrg) return { org: null, org_as_written: written, org_type: type, admin_level: 'unknown' };
  const baseType = classifyOrg(base);
  // the State Council has one name in the tables whether or not the text writes the state's name before it
  const org = fillPlace(base, region).replace(/^中华人民共和国(?=国务院)/, '');
  return { org, org_as_written: written, org_type: baseType, admin_level: adminLevelOf(base, input.places, baseType) };
}
