/**
 * Checks on the curated lexicon itself (data/lexicon/slogans.csv): it validates cleanly,
 * covers the formulations the product is judged on, and every exclusion is proven on a
 * real sentence from the seed corpus or the external government work reports.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CATEGORIES, DEFAULT_LEXICON, formsOf, loadLexicons } from '../../scripts/pipeline/lexicon';
import { formKey, validateLexicon } from '../../scripts/pipeline/lexicon-check';
import { buildMatcher } from '../../scripts/pipeline/match';

const entries = loadLexicons([join(__dirname, '../..', DEFAULT_LEXICON)]);
const byId = new Map(entries.map((e) => [e.slogan_id, e]));
const matcher = buildMatcher(entries);

interface ExclusionCase {
  id: string;
  exclusion: string;
  /** a real sentence (hard line breaks of the source removed) */
  sentence: string;
  source: string;
}

/**
 * One sentence per exclusion in the lexicon; a new exclusion without a case fails the coverage test below.
 * Real sentences where the corpora have one; where they have none the sentence is invented and its source says so.
 */
const EXCLUSION_CASES: ExclusionCase[] = [
  {
    id: 'two_basics_education',
    exclusion: '两基地',
    sentence: '岳阳港货物吞吐量稳居长江中上游港口前列，衡阳智能衡器计量“一区两基地”加快建设。',
    source: 'external/provincial-gwr-2026/gwr_2026_430000.txt',
  },
  {
    id: 'four_synchronised',
    exclusion: '四化同步、城乡融合、五区共兴',
    sentence: '以成渝地区双城经济圈建设为总牵引，深入实施“四化同步、城乡融合、五区共兴”发展战略',
    source: 'external/provincial-gwr-2026/gwr_2026_510000.txt',
  },
  {
    id: 'lake_chief',
    exclusion: '河湖长制',
    sentence: '深入实施河湖长制，建设幸福河湖。',
    source: 'external/provincial-gwr-2026/gwr_2026_210000.txt',
  },
  {
    id: 'two_step_strategy',
    exclusion: '分两步走',
    sentence: '对国营大中型企业，要分两步走。',
    source: 'external/national-gwr-wikisource/gwr_1982.txt',
  },
  {
    id: 'three_links',
    exclusion: '三通一平',
    sentence: '园区完成三通一平，首批项目当月进场施工。',
    source: 'invented (a construction site made ready: water, power and road in, ground levelled)',
  },
  {
    id: 'three_links',
    exclusion: '三通两平台',
    sentence: '推进教育信息化“三通两平台”建设，宽带网络校校通。',
    source: 'invented (school informatisation programme)',
  },
  {
    id: 'strike_hard',
    exclusion: '从严打击',
    sentence: '对电信网络诈骗犯罪依法从严打击。',
    source: 'invented (an ordinary adverb, not the strike-hard campaign)',
  },
  {
    id: 'three_positions_yunnan',
    exclusion: '三个定位、两个率先',
    sentence: '广东要牢记“三个定位、两个率先”的殷切期望。',
    source: "invented (Guangdong's formula, a row of its own, not Yunnan's 三个定位)",
  },
  {
    id: 'new_development_philosophy',
    exclusion: '创新发展理念',
    sentence: '只要我们牢牢把握发展的重要战略机遇期，尊重发展规律，创新发展理念，破解发展难题，加快转变经济发展方式',
    source: 'external/national-gwr-wikisource/gwr_2013.txt',
  },
  {
    id: 'four_cardinal_principles',
    exclusion: '十四个坚持',
    sentence: '党的十九大、十九届六中全会提出的“十个明确”“十四个坚持”“十三个方面成就”，概括了习近平新时代中国特色社会主义思想的主要内容',
    source: 'data/raw/seeds/001_6c46de81eb12d8ae.txt',
  },
  {
    id: 'socialism_chinese_characteristics',
    exclusion: '新时代中国特色社会主义思想',
    sentence: '党的十九大、十九届六中全会提出的“十个明确”“十四个坚持”“十三个方面成就”，概括了习近平新时代中国特色社会主义思想的主要内容',
    source: 'data/raw/seeds/001_6c46de81eb12d8ae.txt',
  },
  {
    id: 'two_overall_situations',
    exclusion: '国内、国际两个大局',
    sentence: '增强战略思维、历史思维、辩证思维、创新思维、底线思维能力，统筹国内国际两个大局、网上网下两个战场、传统安全与非传统安全',
    source: 'data/raw/seeds/001_6c46de81eb12d8ae.txt',
  },
  {
    id: 'two_overall_situations',
    exclusion: '国际、国内两个大局',
    sentence: '一年来，我们统筹国际、国内两个大局，积极倡导建设和谐世界，推动对外关系全面发展',
    source: 'external/national-gwr-wikisource/gwr_2007.txt',
  },
  {
    id: 'two_overall_situations',
    exclusion: '现代化建设“两个大局”',
    sentence: '实施西部地区大开发战略，加快中西部地区的发展，是党中央贯彻邓小平关于我国现代化建设“两个大局”战略思想，面向新世纪所作出的重大决策。',
    source: 'external/national-gwr-wikisource/gwr_2000.txt',
  },
  {
    id: 'two_new',
    exclusion: '两新组织',
    sentence:
      '在南阳市中心城区各个社区、小区、楼院等层层建立联合D组织，有机联结驻区单位、两新组织、物业公司、市（区）直机关D员等，形成共创共治合力。',
    source: 'data/raw/seeds/003_6feaf2fadfef7054.txt',
  },
  {
    id: 'two_new',
    exclusion: '两新党组织',
    sentence: '区委高度重视非公企业思想政治工作，制定出台《两新党组织工作年度工作要点》《社会组织党建标准化建设手册》等制度性文件',
    source: 'data/raw/seeds/000_83ceffdfb6a9c23d.txt',
  },
  {
    id: 'rule_by_law',
    exclusion: '全面依法治国',
    sentence: '全面建设社会主义现代化国家是目标，全面深化改革是动力，全面依法治国是保障，全面从严治党是关键。',
    source: 'data/raw/seeds/001_6c46de81eb12d8ae.txt',
  },
  {
    id: 'four_centres_beijing',
    exclusion: '四个中心、六个基地',
    sentence: '全面建成中国-中亚荒漠化防治中心“四个中心、六个基地”。',
    source: 'external/provincial-gwr-2026/gwr_2026_640000.txt',
  },
  {
    id: 'important_window_zhejiang',
    exclusion: '重要窗口期',
    sentence: '“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期，也是四川塑造发展新动能、形成竞争新优势的重要窗口期。',
    source: 'external/provincial-gwr-2026/gwr_2026_510000.txt',
  },
  {
    id: 'important_window_zhejiang',
    exclusion: '向北开放重要窗口',
    sentence: '深度融入共建“一带一路”，深入实施长吉图开发开放战略，打造向北开放重要窗口。',
    source: 'external/provincial-gwr-2026/gwr_2026_220000.txt',
  },
  {
    id: 'important_window_zhejiang',
    exclusion: '展示中华文化的重要窗口',
    sentence: '提升文化原创能力，努力把上海打造成文化建设的高地、展示中华文化的重要窗口。',
    source: 'external/provincial-gwr-2026/gwr_2026_310000.txt',
  },
  {
    id: 'important_window_zhejiang',
    exclusion: '生态文明实践成果的重要窗口',
    sentence: '经济社会发展全面绿色转型步伐加快，成为向世界展示中国生态文明实践成果的重要窗口；人民生活水平达到新高度',
    source: 'external/provincial-gwr-2026/gwr_2026_460000.txt',
  },
  {
    id: 'ten_strategies_henan',
    exclusion: '二十大战略',
    sentence: '推进政治监督具体化、精准化、常态化，紧紧围绕党的二十大战略部署加强监督检查，督促党员干部在党的旗帜下团结成“一块坚硬的钢铁”',
    source: 'data/raw/seeds/000_83ceffdfb6a9c23d.txt',
  },
  {
    id: 'three_positions_yunnan',
    exclusion: '其他三个定位',
    sentence: '在五个定位中,居于主导地位、起决定性作用的是xx辐射中心和xx工业重镇,同其他三个定位是主与辅、纲与目、本与标的关系',
    source: 'data/raw/seeds/004_d6dbffc23111a032.txt',
  },
  {
    id: 'hundred_thousand_guangdong',
    exclusion: '文明实践百千万工程',
    sentence: '开展文明实践“百千万工程”，促进全民阅读，支持孝感、黄冈、随州、恩施等地创建全国文明城市。',
    source: 'external/provincial-gwr-2026/gwr_2026_420000.txt',
  },
  {
    id: 'thousand_village_project',
    exclusion: '百千万工程',
    sentence: '扎实推进宜居宜业和美乡村建设“百千万”工程，启动片区化推进乡村建设整县试点。',
    source: 'external/provincial-gwr-2026/gwr_2026_510000.txt',
  },
];

describe('the curated lexicon', () => {
  it('has at least 250 slogans and validates with no errors or warnings', () => {
    expect(entries.length).toBeGreaterThanOrEqual(250);
    expect(validateLexicon(entries).map((i) => `${i.level}: ${i.message}`)).toEqual([]);
  });

  it('uses every category and names a place for every local slogan', () => {
    expect(new Set(entries.map((e) => e.category))).toEqual(new Set(Object.keys(CATEGORIES)));
    for (const e of entries.filter((x) => x.category === 'local')) expect(e.scope, e.slogan_id).not.toBe('national');
  });

  it('covers the formulations named in the brief', () => {
    const forms = new Set(entries.flatMap((e) => formsOf(e).map(formKey)));
    const required = [
      '两个确立',
      '两个维护',
      '四个意识',
      '四个自信',
      '三个代表',
      '四个全面',
      '五位一体',
      '八项规定',
      '中央八项规定精神',
      '三会一课',
      '四风',
      '四下基层',
      '三个务必',
      '六个必须坚持',
      '六个坚持',
      '十个明确',
      '十四个坚持',
      '两个先行',
      '两个一百年',
      '三严三实',
      '两学一做',
      '四个伟大',
      '五大发展理念',
      '中国式现代化',
      '新发展理念',
      '新发展格局',
      '国之大者',
      '以人民为中心',
      '人类命运共同体',
      '总体国家安全观',
      '全过程人民民主',
      '习近平新时代中国特色社会主义思想',
      '科学发展观',
      '高质量发展',
      '新质生产力',
      '不忘初心、牢记使命',
      '学思想、强党性、重实践、建新功',
      '以学铸魂',
      '以学增智',
      '以学正风',
      '以学促干',
      '第一议题',
      '主题党日',
      '大兴调查研究',
      '党史学习教育',
      '枫桥经验',
      '浦江经验',
      '最多跑一次',
      '千万工程',
      '后陈经验',
      '晋江经验',
      '一带一路',
      '乡村振兴',
      '共同富裕',
      '供给侧结构性改革',
      '专精特新',
      '放管服',
      '双碳',
      '全面从严治党',
      '四种形态',
      '一岗双责',
      '两个责任',
      '低级红、高级黑',
      '八八战略',
      '三高四新',
    ];
    expect(required.filter((f) => !forms.has(formKey(f)))).toEqual([]);
  });

  it('every exclusion in the lexicon has a real-sentence case here', () => {
    const covered = new Set(EXCLUSION_CASES.map((c) => `${c.id}\t${c.exclusion}`));
    const all = entries.flatMap((e) => e.exclude.map((x) => `${e.slogan_id}\t${x}`));
    expect(all.filter((k) => !covered.has(k))).toEqual([]);
  });

  describe.each(EXCLUSION_CASES)('exclusion $exclusion of $id', ({ id, exclusion, sentence }) => {
    it('is in the lexicon, occurs in the real sentence and contains a form of the row', () => {
      const e = byId.get(id);
      expect(e?.exclude).toContain(exclusion);
      expect(formKey(sentence)).toContain(formKey(exclusion));
      expect(formsOf(e!).some((f) => formKey(exclusion).includes(formKey(f)))).toBe(true);
    });

    it('stops the matcher counting the slogan there, and only because of the exclusion', () => {
      expect(matcher.find(sentence).filter((o) => o.slogan_id === id)).toEqual([]);
      const withoutExclusions = buildMatcher([{ ...byId.get(id)!, exclude: [] }]);
      expect(withoutExclusions.find(sentence).length).toBeGreaterThan(0);
    });
  });

  it('finds slogans in real sentences, including unpacked and separator-split forms', () => {
    const found = (s: string) => new Set(matcher.find(s).map((o) => o.slogan_id));
    // external/national-gwr-wikisource/gwr_2017.txt
    expect(found('各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识，推动全面建成小康社会取得新的重要进展')).toContain(
      'four_consciousnesses',
    );
    // data/raw/seeds/001_6c46de81eb12d8ae.txt
    const s = '党的十九大、十九届六中全会提出的“十个明确”“十四个坚持”“十三个方面成就”，概括了习近平新时代中国特色社会主义思想的主要内容';
    expect([...found(s)].sort()).toEqual(['fourteen_upholds', 'ten_clarifications', 'thirteen_achievements', 'xi_thought']);
    // data/raw/seeds/001_6c46de81eb12d8ae.txt
    expect(found('坚定道路自信、理论自信、制度自信、文化自信，以更加积极的历史担当')).toContain('four_confidences');
    // data/raw/seeds/002_af2bb5f6d6c8ddb0.txt (line breaks joined)
    expect([...found('必须深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”')].sort()).toEqual([
      'four_confidences',
      'four_consciousnesses',
      'two_establishes',
      'two_upholds',
    ]);
  });
});
