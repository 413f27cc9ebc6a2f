/**
 * What the opening of a speech or report says about who gives it and to whom:
 *  - the org the speaker speaks for: 现在，我代表省人民政府，向大会报告工作 → 省人民政府;
 *    我受国务院的委托 → 国务院. Work reports carry a byline of a person (北京市市长 殷勇,
 *    省长 罗东川), but the report is the government's, and its first lines say so.
 *  - a national occasion: a report given at or addressed to the 全国人民代表大会
 *    (——2022年3月5日在第十三届全国人民代表大会第五次会议上; 向第一届全国人民代表大会第二次会议提出)
 *    speaks for the whole country, so places it names do not locate it.
 * Only the first few hundred characters count: deep in a text 我代表镇党委向… thanks someone.
 */

/** How far into the body the opening formulas are looked for. */
export const OPENING_CHARS = 600;

// X: no punctuation or space
const SPEAKS_FOR = /我(?:代表|受)([^，,。：:；;“”"、\s]{2,24}?)(?:的委托)?[，,]?\s*(?:现在)?[，,]?\s*(?:向|作|就|报告)/;
const ORG_END = /(?:国务院|人民政府|政府|委员会|常委会|党委|党组|党工委|工委|[省市区县州旗镇乡]委|纪委|监委|局|厅|办|院|部|中心组|支部|总支)$/;

// Other ways of saying the same: 我现在根据国务院的决定，向…作; 国务院决定由我向…作报告;
// 中华人民共和国国务院向第一届全国人民代表大会第二次会议提出… (the org itself as the subject).
// Each pattern with words it cannot match without: most openings have none of
// them, and a plain includes() is far cheaper than the lazy pattern's scan.
const ON_BEHALF: [RegExp, string[]][] = [
  [SPEAKS_FOR, ['我代表', '我受']],
  [/根据([^，,。：:；;“”"、\s]{2,24}?)的决定[，,]?\s*(?:我|向)/, ['的决定']],
  [/([^，,。：:；;“”"、\s]{2,24}?)决定由我/, ['决定由我']],
  [/(?:^|\n)[ \t\u3000]*([^，,。：:；;“”"、\s]{2,24}?)向(?:第[一二三四五六七八九十]+届)?(?:全国)?人民代表大会/, ['人民代表大会']],
];

/** The org the speaker says they speak for in the opening, as written, or null. */
export function speakerOrg(body: string): string | null {
  const opening = body.slice(0, OPENING_CHARS);
  for (const [re, needs] of ON_BEHALF) {
    if (!needs.some((w) => opening.includes(w))) continue;
    const m = re.exec(opening);
    // two orgs (我受中共中央和国务院的委托) are not one speaker; 共和国 is no conjunction
    if (m && ORG_END.test(m[1]) && !/[和与及]/.test(m[1].replace('共和国', ''))) return m[1];
  }
  return null;
}

const NATIONAL_OCCASION = /在(?:第[一二三四五六七八九十]+届)?全国人民代表大会/;
const NATIONAL_ADDRESSEE = /向(?:第[一二三四五六七八九十]+届)?全国人民代表大会/;

/** The words that make a document national (its date line, title or opening), or null. */
export function nationalOccasion(dateLine: string | null, title: string | null, body: string): string | null {
  for (const s of [dateLine, title]) {
    const m = s && NATIONAL_OCCASION.exec(s);
    if (m) return s;
  }
  const m = NATIONAL_ADDRESSEE.exec(body.slice(0, OPENING_CHARS));
  return m ? m[0] : null;
}
