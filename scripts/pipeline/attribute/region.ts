/**
 * Where a document comes from: province / city / county with the exact words
 * that say so. Evidence order (first that speaks wins):
 *   1. manifest values;
 *   2. the org line (湖州市委理论学习中心组, 南浔区委…, 中共常德市委);
 *   3. the title, only when the body names the same place too (content-farm
 *      titles like 杭州市政协十一届三次会议篇二 sit on speeches from elsewhere);
 *   4. the body, only when it speaks of itself as that place (see bodyRegion);
 *   5. a relative org name (市公安局…) takes the city the file's opening text
 *      clearly names, unless the body points elsewhere — recorded as org_line
 *      with the context words in the evidence.
 * Unknown (none) is a fine answer; a wrong one is not.
 */
import type { ManifestEntry, RegionResult } from '../types';
import { cityOf, isWithin, provinceOf, type Place } from './gazetteer';
import { cityKey, locatingMentions, tally, wordsAt, type Mention } from './mentions';
import { HAN_BASIC_CLASS } from '../han';
import type { Places } from './places';

export interface RegionInput {
  /** the org as written (org line or a speaker taken from the title) */
  orgLine: string | null;
  title: string | null;
  bodyText: string;
  /** leading text of the whole file (FileContext.headText) */
  headText: string;
  places: Places;
}

export const NO_REGION: RegionResult = { province: null, city: null, county: null, region_source: 'none', evidence: null };

/** Province / city / county names for a place. Province-level cities have city = null. */
export function regionOf(p: Place): Pick<RegionResult, 'province' | 'city' | 'county'> {
  return { province: p.province, city: p.level === 'province' ? null : p.city, county: p.county };
}

const RELATIVE_ORG = new RegExp(
  `^(?:中共)?(?!市场|市民|区域|县域|市区|省际|乡村)(?:自治区|[省市区县州旗镇乡])(?:委|政府|人民|纪委|人大|政协|直|[${HAN_BASIC_CLASS}]{1,8}?(?:局|厅|委|办|部|院|处|中心|公司|集团))`,
);

/** An org name that leaves its place out: 市公安局, 区委, 县纪委书记, 市委政法委. */
export function isRelativeOrg(org: string | null): boolean {
  // 市场监管总局, 区域…, 县域… start with the character but not with a place-less 市/区/县
  return !!org && RELATIVE_ORG.test(org);
}

/**
 * The most specific place a short snippet (org line, title) names, reading
 * left to right and going deeper only into places inside the one before
 * (浙江省湖州市南浔区 → 南浔区). Anchors settle ambiguous names (鼓楼区).
 */
export function placeInSnippet(text: string, places: Places, anchors: Place[] = []): Place | null {
  let current: Place | null = null;
  for (const m of locatingMentions(text, places, anchors)) {
    if (!current) current = m.place;
    else if (isWithin(m.place, current)) current = m.place;
    else if (!isWithin(current, m.place)) break;
  }
  return current;
}

// 本市 sits inside 资本市场, 全市 inside 全市场.
const SELF_CITY = /我市|全市(?!场)|(?<![资成基样版日])本市(?!场)/;
const SELF_COUNTY = /我县|全县|本县|我区|全区|本区|我旗|全旗/;
// A province is spoken of from outside more often (要在全省范围严格落实, in a central speech on 湖北):
// 我省/本省, 全省上下/全省各级, or 全省 twice.
export const SELF_PROVINCE = {
  test(text: string): boolean {
    if (/我省|(?<![资成基样版日])本省|全省(?:上下|各级|人民|干部群众)/.test(text)) return true;
    return (text.match(/全省/g)?.length ?? 0) >= 2;
  },
};
// A place as the subject of a sentence: 南阳市围绕…, 河南省南阳市坚持…
const SUBJECT_VERB = /^(?:围绕|坚持|聚焦|始终|立足|深入|积极|大力|着力|紧紧|全面|持续|不断|认真|扎实|以|把|将|在|是|作为)/;
const SELF_AFTER = /^(?:各级|上下|全市|全县|全区|人民)/;

const OWN_ORGANS = new RegExp(`^[${HAN_BASIC_CLASS}]{0,6}?(?:机关|系统|部门|党委|政府|队伍)`);

function hasCue(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 4);
  if (SELF_AFTER.test(after)) return true;
  // 金华市公安机关把…: the place's own organs as the subject
  const organ = OWN_ORGANS.exec(text.slice(m.end, m.end + 10));
  const verbAt = organ ? text.slice(m.end + organ[0].length, m.end + organ[0].length + 4) : after;
  if (m.form !== 'full' || !SUBJECT_VERB.test(verbAt)) return false;
  const before = m.start === 0 ? '' : text[m.start - 1];
  return before === '' || /[。；！？\n，：]/.test(before) || /[省市]$/.test(before);
}

function dominant<T extends { count: number }>(list: T[], factor: number): T | null {
  if (!list.length) return null;
  const [top, second] = list;
  return !second || top.count >= factor * second.count ? top : null;
}

// Formulas that name a place as the speaker's own: 总书记对浙江工作的重要指示精神, 推动…在湖州落地落实,
// 奋力打造实力新湖州, 为金华…作出贡献, 推动咸阳市场监管工作高质量发展. X stands for the mention.
// Also 总书记考察调研山西重要讲话精神 (the standing formula for the visits' instructions, not a visit told).
const HOME_BEFORE =
  /(?:对|总书记[^，。；！？\n]{0,4}?(?:考察调研|考察|视察)|在|建设[^，。；！？\n]{0,8}新|打造[^，。；！？\n]{0,8}新|为|推动|助力|奋力谱写)$/;
const HOME_AFTER: Record<string, RegExp> = {
  对: /^(?:工作)?的?重要(?:讲话|指示|批示)/,
  考察: /^(?:时的|的)?重要(?:讲话|指示)/,
  在: /^(?:落地落实|落实落地|落地生根|落地见效)/,
  // a commitment (作出新的更大贡献), not past aid (为湖北抗疫作出了贡献)
  为: /^[^，。；！？\n]{0,20}?(?:作出|做出)(?!了)[^，。；！？\n]{0,8}贡献/,
  推动: /^[^，。；！？\n]{0,12}?高质量发展/,
  助力: /^[^，。；！？\n]{0,12}?高质量发展/,
  奋力谱写: /^[^，。；！？\n]{0,6}?(?:新篇章|现代化)/,
};

/**
 * One mention is enough when a home formula names it and a self-word of its level (全市/我市 for a city,
 * 全省/我省 for a province) is in the text, and no other city is named as often. A visit (在X考察时) or a
 * model (X经验) is no mention at all (see mentions.ts).
 */
function homeFormula(
  text: string,
  mentions: Mention[],
  cities: ReturnType<typeof tally>,
  g: Places['gazetteer'],
): { place: Place; evidence: string } | null {
  for (const m of mentions) {
    const before = HOME_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (!before) continue;
    const key = /^(?:建设|打造)/.test(before[0]) ? null : /^总书记[^对]/.test(before[0]) ? '考察' : before[0];
    const after = key ? HOME_AFTER[key] : null;
    if (after && !after.test(text.slice(m.end, m.end + 30))) continue;
    const level = m.place.level === 'province' && !m.place.province.endsWith('市') ? 'province' : 'city';
    // the leader's instructions to X (对X工作的重要指示) are quoted only at home: one 全省 is enough there;
    // 推动X高质量发展 and the like may be said from outside, so they need the stricter self-words
    const instruction = key === '对' || key === '考察';
    const self = level === 'city' ? SELF_CITY : instruction ? /我省|全省|本省/ : SELF_PROVINCE;
    if (!self.test(text)) continue;
    // and no other place is named as often
    const keyOf = level === 'city' ? (p: Place) => cityKey(p, g) : (p: Place) => p.provinceCode;
    const all = level === 'city' ? cities : tally(mentions, keyOf);
    const k = keyOf(m.place);
    const mine = all.find((c) => c.key === k);
    if (!mine || all.some((c) => c.key !== k && c.count >= mine.count)) continue;
    return {
      place: level === 'city' && m.place.level === 'county' ? (cityOf(m.place, g) ?? m.place) : m.place,
      evidence: wordsAt(text, Math.max(0, m.start - before[0].length), 24),
    };
  }
  return null;
}

/**
 * The place the body speaks of itself as, or null. Accepted when one city
 * dominates the locating mentions and the text treats it as home: a cue
 * (湖州各级…, 南阳市围绕…), or 我市/全市 with ≥2 mentions (mentions alone are
 * what a text is about). A county is added on the same terms inside that city;
 * then a municipality's district (全区 + 浦东 ×3), a home formula, a province.
 */
export function bodyRegion(text: string, places: Places, found?: Mention[]): { place: Place; evidence: string } | null {
  const mentions = found ?? locatingMentions(text, places);
  if (!mentions.length) return null;
  const g = places.gazetteer;
  const { byCode } = g;
  const cityKeyOf = (p: Place) => cityKey(p, g);
  const cities = tally(mentions, cityKeyOf);
  const top = cities[0];
  const cueOf = (keyOf: (p: Place) => string | null, key: string) => mentions.find((m) => keyOf(m.place) === key && hasCue(text, m));
  if (top) {
    const cue = cueOf(cityKeyOf, top.key);
    const strict = dominant(cities, 2) === top;
    // Mentions alone (湖北省 ×3 in a central speech on the epidemic) say what a text is about, not where it
    // comes from: it must speak as that place (a cue, or 我市/全市).
    const ok = (cue && (!cities[1] || top.count > cities[1].count)) || (strict && SELF_CITY.test(text) && top.count >= 2);
    if (ok) {
      let place = byCode.get(top.key) as Place;
      let evidenceAt = cue ?? top.first;
      const inCity = mentions.filter((m) => m.place.level === 'county' && cityKeyOf(m.place) === top.key && m.place.code !== top.key);
      const counties = tally(inCity, (p) => p.code);
      const c = dominant(counties, 2);
      const countyCue = c && cueOf((p) => p.code, c.key);
      if (c && c.count >= 2 && (countyCue || SELF_COUNTY.test(text))) {
        place = c.first.place;
        evidenceAt = countyCue ?? c.first;
      }
      return { place, evidence: wordsAt(text, evidenceAt.start) };
    }
  }
  // A district of 北京/上海/天津/重庆 that a text calls 全区/我区 and names three times (in short form: 浦东)
  const municipal = top && dominant(cities, 2) === top && top.first.place.province.endsWith('市');
  if (municipal && SELF_COUNTY.test(text)) {
    const d = dominant(
      tally(
        mentions.filter((m) => m.place.level === 'county' && cityKeyOf(m.place) === top.key),
        (p) => p.code,
      ),
      2,
    );
    if (d && d.count >= 3) return { place: d.first.place, evidence: wordsAt(text, d.first.start) };
  }
  const home = homeFormula(text, mentions, cities, g);
  if (home) return home;
  const provinces = tally(mentions, (p) => p.provinceCode);
  const p = dominant(provinces, 2);
  if (p && p.count >= 2 && SELF_PROVINCE.test(text)) {
    return { place: provinceOf(p.first.place, g), evidence: wordsAt(text, p.first.start) };
  }
  return null;
}

/**
 * The one city a file's opening text clearly names, or null: ≥3 mentions, one
 * of them a full name, and twice as many as any other city. (A compilation's
 * head often carries its first article, which may be about anywhere.)
 */
export function contextCity(headText: string, places: Places): { key: string; place: Place; evidence: string } | null {
  // documents of one file arrive together and share the head: remember the last answer
  const last = places.lastContext;
  if (last && last.head === headText) return last.result;
  const result = computeContextCity(headText, places);
  places.lastContext = { head: headText, result };
  return result;
}

function computeContextCity(headText: string, places: Places): { key: string; place: Place; evidence: string } | null {
  const g = places.gazetteer;
  const cities = tally(locatingMentions(headText, places), (p) => cityKey(p, g));
  const top = dominant(cities, 2);
  if (!top || top.count < 3 || !top.hasFull) return null;
  const place = g.byCode.get(top.key) as Place;
  return { key: top.key, place, evidence: wordsAt(headText, top.first.start) };
}

function fromManifest(m: ManifestEntry, places: Places): RegionResult | null {
  const province = m.province?.trim() || null;
  const city = m.city?.trim() || null;
  const county = m.county?.trim() || null;
  if (!province && !city && !county) return null;
  let prov = province;
  if (!prov) {
    // fill the province only when the named city/county is unambiguous
    const named = places.gazetteer.byName.get((city ?? county) as string) ?? [];
    if (named.length === 1) prov = named[0].province;
  }
  const evidence = [province, city, county].filter(Boolean).join(' ');
  return { province: prov, city, county, region_source: 'manifest', evidence };
}

/**
 * A relative org (市政协) citing a document it issued under its full name (《某某市政协…方案》) names its own
 * place; other 《》 titles stay excluded (they are what a text reads, not where it is from).
 */
function ownDocumentTitle(orgLine: string, bodyText: string, places: Places): RegionResult | null {
  const rel = /^(?:中共)?(自治区|[省市区县州旗])(.+)$/.exec(orgLine);
  if (!rel) return null;
  const level = rel[1] === '省' || rel[1] === '自治区' ? 'province' : rel[1] === '市' || rel[1] === '州' ? 'city' : 'county';
  const stem = rel[2].replace(/(?:理论学习中心组|党组|党委|机关)+$/, '');
  for (const m of bodyText.matchAll(/《([^》\n]{4,60})》/g)) {
    const p = placeInSnippet(m[1], places);
    if (p && p.level === level && m[1].includes(`${p.name}${stem}`)) return { ...regionOf(p), region_source: 'body_text', evidence: m[0] };
  }
  return null;
}

const COMMENTARY = /(?:^|[：:】\]])?(?:党刊评论|评论员文章|本报评论员|社论|时评|短评|评论)(?:[：:】\]]|$)/;
const CENTRAL_VOICE = /服务保障党中央|作为中央指导组|中央指导组(?:全体)?(?:同志|成员)要|中办(?:全体)?(?:党员|干部|同志)|(?:我们|作为)中央办公厅/;

/** A commentary about a place, or a central organ's text: located only by an org line. */
export function aboutOrCentral(title: string | null, bodyText: string): boolean {
  return COMMENTARY.test(title ?? '') || CENTRAL_VOICE.test(bodyText.slice(0, 3000));
}

/** RegionResult for one document; see the evidence order at the top of this file. */
export function resolveRegion(input: RegionInput, manifest?: ManifestEntry): RegionResult {
  const { orgLine, title, bodyText, headText, places } = input;
  const fromM = manifest && fromManifest(manifest, places);
  if (fromM) return fromM;
  const g = places.gazetteer;
  const cityKeyOf = (p: Place) => cityKey(p, g);
  const body = locatingMentions(bodyText, places);
  const bodyAnchors = body.map((m) => m.place).filter((p) => p.level !== 'county');

  if (orgLine) {
    const p = placeInSnippet(orgLine, places, bodyAnchors);
    if (p) return { ...regionOf(p), region_source: 'org_line', evidence: orgLine };
  }
  // A commentary or editorial is about a place; a central organ's text (relabelled by a content farm as a
  // 市…局 or not) is national: neither is located without an org line naming the place.
  if (aboutOrCentral(title, bodyText)) return { ...NO_REGION };
  const fromBody = bodyRegion(bodyText, places, body);
  const sameArea = (a: Place, b: Place) => isWithin(a, b) || isWithin(b, a) || (cityKeyOf(a) !== null && cityKeyOf(a) === cityKeyOf(b));
  if (title) {
    // the body must name the title's place too, and must not speak of itself as somewhere else
    const p = placeInSnippet(title, places, bodyAnchors);
    const corroborated = p && body.some((m) => sameArea(m.place, p)) && (!fromBody || sameArea(fromBody.place, p));
    if (p && corroborated) return { ...regionOf(p), region_source: 'title', evidence: title };
  }
  if (fromBody) return { ...regionOf(fromBody.place), region_source: 'body_text', evidence: fromBody.evidence };

  const own = isRelativeOrg(orgLine) ? ownDocumentTitle(orgLine as string, bodyText, places) : null;
  if (own) return own;
  if (isRelativeOrg(orgLine) && headText) {
    const ctx = contextCity(headText, places);
    const bodyCities = tally(body, cityKeyOf);
    // any other city the body names with its full name, or twice, and the context city not at all
    const contradicted = bodyCities.some((t) => t.key !== ctx?.key && (t.count >= 2 || t.hasFull)) && !bodyCities.some((t) => t.key === ctx?.key);
    if (ctx && !contradicted) {
      return { ...regionOf(ctx.place), region_source: 'org_line', evidence: `${orgLine}（文件上下文：${ctx.evidence}）` };
    }
  }
  return { ...NO_REGION };
}
