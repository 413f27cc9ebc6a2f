/**
 * Hand-checked document counts, start lines, titles and org lines for the five seed files.
 *
 * How the expected values were obtained (by reading the raw files with line numbers, `awk '{print NR"|"$0}'`,
 * before looking at any splitter output):
 *  - 000: counted the TOC (lines 2–38: 18 org entries, the first without its title) and matched each entry against
 *    the body headings (a title line followed by the org line); the body has 21 articles — the 18 of the TOC plus
 *    吴兴区委 (51), 市公安局 深学细悟谋发展 (64) and 市综合行政执法局 (75), which the TOC fragment omits.
 *    The articles from 264 on carry a date line （2022年12月…日） under the org line.
 *  - 001: every speech starts after a blank line with a one-line title and no org line; listed all 29 title lines;
 *    lines 357–360 are 哒哒素材库 ads.
 *  - 002: a newspaper page. Read the six articles: four signed commentaries (2 政法 / 向敏, 86 市委秘书长 / 刘新华,
 *    167 经开区 / 董巍, 255 组织部门 / 刘俊) and two news items led by 本报讯 (345, 374); the headlines and bylines
 *    are the lines 456–481. 市政协召开十三届五次常委会议 is said in the first sentence of 345; the 刘志仁 headline
 *    (456–459) restates the lead of 374. Each commentary ends on its own subject before a blank line: 84 政法铁军,
 *    165 新湘潭的强大合力 (市委秘书长's 抓落实), 253 与群众一道把我们的事业干好 (九华/经开区, 高质量发展 at 207),
 *    343 两个覆盖质效 (组织工作). Headline ↔ piece from the byline's office and the headline's subject:
 *    政法委书记 向敏 ↔ 2 (政法机关, 政法工作); 秘书长 刘新华 / 抓落实 ↔ 86 (作为市委秘书长, 抓落实);
 *    副市长 董巍 / 高质量发展 ↔ 167 (湘潭经开区, 推进高质量发展); 组织部部长 刘俊 / 组织工作 ↔ 255 (组织部门).
 *  - 003: ten articles, each a title line between runs of three blank lines; 202–205 are ads.
 *  - 004: a template page with 篇一…篇五 (13, 61, 137, 155, 429); 篇二, 篇三 and 篇五 open with 同志们: and
 *    篇一, 篇四 with body text, so no section has a title line of its own; 477–481 are site footer.
 */
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../scripts/pipeline/split';
import { barelyCleaned, cleaned } from '../fixtures/split/load';

const seed = (id: string) => {
  const names: Record<string, string> = {
    '000': '000_83ceffdfb6a9c23d.txt',
    '001': '001_6c46de81eb12d8ae.txt',
    '002': '002_af2bb5f6d6c8ddb0.txt',
    '003': '003_6feaf2fadfef7054.txt',
    '004': '004_d6dbffc23111a032.txt',
  };
  return 'data/raw/seeds/' + names[id];
};
/** 003 writes 党 as D; the cleaner restores it, the bare loader does not. */
const undoMask = (t: string | null) => t?.replace(/D/g, '党') ?? null;

describe.each([
  ['cleaned', cleaned],
  ['barely cleaned', barelyCleaned],
] as const)('splitDocuments on the seeds (%s)', (_, load) => {
  const split = (id: string) => splitDocuments(load(seed(id)), seed(id));

  it('000: 21 articles of a compilation, none from the table of contents', () => {
    const { docs } = split('000');
    expect(docs.map((d) => d.startLine)).toEqual([
      40, 51, 64, 75, 98, 140, 153, 181, 205, 224, 237, 249, 264, 279, 292, 325, 338, 358, 379, 397, 436,
    ]);
    const at = (n: number) => docs.find((d) => d.startLine === n)!;
    expect(at(40)).toMatchObject({ title: '唯有实干争先 方能赢得未来', orgLine: '南浔区委理论学习中心组', dateLine: null });
    expect(at(140)).toMatchObject({ title: '主动探索 实践创新 构建预算绩效“监督+管理”新格局', orgLine: '市财政局党组理论学习中心组' });
    expect(at(249).orgLine).toBe('长三角（湖州）产业合作区党工委理论学习中心组');
    expect(at(264)).toMatchObject({
      title: '当好粤港澳大湾区建设和产业升级的先锋',
      orgLine: '中核华泰建设有限公司党委',
      dateLine: '（2022年12月30日）',
    });
    expect(at(325)).toMatchObject({ orgLine: '桂林市体育局党组', dateLine: '（2022年12月27日）' });
    expect(at(397).title).toBe('以永远在路上的清醒和坚定推动中央和国家机关党的建设走在前作表率');
    expect(at(40).body[0].n).toBe(43);
    expect(at(75).endLine).toBe(90); // the seven blank lines after it belong to no one
    expect(docs[docs.length - 1].endLine).toBe(448);
  });

  it('001: 29 speeches separated by blank lines; ads at the end are not a document', () => {
    const { docs } = split('001');
    expect(docs.map((d) => d.startLine)).toEqual([
      1, 15, 45, 65, 79, 92, 101, 112, 121, 129, 135, 147, 153, 172, 180, 190, 197, 204, 211, 235, 243, 258, 269, 279, 295, 328, 334, 340, 347,
    ]);
    const at = (n: number) => docs.find((d) => d.startLine === n)!;
    expect(at(1).title).toBe('青年检察干警在2023年第二批主题教育“读书班”上的交流研讨发言');
    expect(at(65).title).toBe('主题教育党课：以学促干及时科学解答时代新课题');
    expect(at(112).title).toBe('市保密局关于第二批主题教育阶段性进展情况汇报');
    expect(at(347).title).toBe('党员干部在主题教育关于“以学促干”专题研讨会上的发言体会');
    expect(docs.every((d) => d.orgLine === null)).toBe(true);
    expect(at(1).endLine).toBe(5);
    expect(at(347).endLine).toBe(354);
  });

  it('002: the two news items are found and titled from the headline block; the headline block is no document', () => {
    const { docs } = split('002');
    const at = (n: number) => docs.find((d) => d.startLine === n);
    expect(at(345)?.title).toBe('市政协召开十三届五次常委会议');
    expect(at(345)?.orgLine).toBeNull();
    expect(at(345)?.endLine).toBe(372);
    expect(at(374)?.title).toBe(
      '刘志仁在市青年企业家商会宣讲党的二十大精神时强调 把思想和行动统一到党的二十大精神上来 在服务湘潭经济发展上当主力挑大梁',
    );
    expect(at(374)?.endLine).toBe(454);
    expect(docs[docs.length - 1].endLine).toBe(454);
  });

  it('002: the four signed commentaries are cut apart and get their own headline and byline', () => {
    const { docs } = split('002');
    expect(docs.map((d) => [d.startLine, d.endLine])).toEqual([
      [2, 84],
      [86, 165],
      [167, 253],
      [255, 343],
      [345, 372],
      [374, 454],
    ]);
    expect(docs.slice(0, 4).map((d) => [d.title, d.orgLine])).toEqual([
      ['深学细悟笃行党的二十大精神 奋力开创新时代湘潭政法工作新局面', '湘潭市委常委、市委政法委书记 向敏'],
      ['坚定不移抓落实 一心一意优服务', '湘潭市委常委、市委秘书长 刘新华'],
      ['学习贯彻党的二十大精神 开创高质量发展新局面', '湘潭市委常委、副市长 董巍'],
      ['坚持以党的二十大精神为指引 谱写湘潭组织工作新篇章', '湘潭市委常委、组织部部长 刘俊'],
    ]);
    // the numbered points 一要…三要 (9, 26, 53) stay inside the first piece
    expect(docs[0].body.map((l) => l.n)).toEqual(expect.arrayContaining([9, 26, 53, 84]));
    expect(docs[3].body[0].n).toBe(255);
  });

  it('002 without one signed headline in the block: the commentaries stay one untitled document (no guess)', () => {
    // drop 学习贯彻党的二十大精神 / 开创高质量发展新局面 / 董巍 (lines 463–467): three headlines for four pieces
    const lines = load(seed('002')).filter((l) => l.n < 463 || l.n > 467);
    const { docs } = splitDocuments(lines, seed('002'));
    expect(docs.map((d) => d.startLine)).toEqual([2, 345, 374]);
    expect(docs[0]).toMatchObject({ endLine: 343, title: null, orgLine: null });
  });

  it('003: ten articles between triple blank lines', () => {
    const { docs } = split('003');
    expect(docs.map((d) => d.startLine)).toEqual([3, 25, 43, 64, 74, 93, 111, 125, 148, 169]);
    const at = (n: number) => docs.find((d) => d.startLine === n)!;
    expect(undoMask(at(3).title)).toBe('持续推进全域党建工作高质量发展');
    expect(undoMask(at(64).title)).toBe('党刊评论：把学习推广“四下基层”作为第二批主题教育重要抓手');
    expect(undoMask(at(169).title)).toBe('在学习贯彻新时代中国特色社会主义思想主题教育第一批总结暨第二批部署会议上的讲话');
    expect(at(169).endLine).toBe(199);
  });

  it('004: five sections 篇一…篇五 under the page title, each titled by its heading', () => {
    const { docs, context } = split('004');
    expect(context.fileTitle).toBe('2023年杭州市政协十一届三次会议(五篇)(完整)');
    expect(docs.map((d) => d.startLine)).toEqual([13, 61, 137, 155, 429]);
    expect(docs.map((d) => d.title)).toEqual(['一', '二', '三', '四', '五'].map((k) => `杭州市政协十一届三次会议篇${k}`));
    expect(docs[0].endLine).toBe(59);
    expect(docs[4].endLine).toBe(475);
    expect(docs[1].body[0].n).toBe(63);
  });
});
