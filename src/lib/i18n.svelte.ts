/**
 * Interface strings in English and Chinese; the choice is remembered in
 * localStorage. Slogans themselves are always shown in Chinese with the
 * English gloss beside them (see `sloganLabel`), whatever the language.
 * Other views add their own strings with `registerStrings` from their own files.
 */
export type Lang = 'en' | 'zh';
type Dict = Record<string, { en: string; zh: string }>;

const STORAGE_KEY = 'tifa-lang';

const STRINGS: Dict = {
  app_title: { en: 'Tifa Tracker', zh: '提法追踪' },
  app_subtitle: { en: 'How political slogans rise and spread', zh: '政治提法的兴起与传播' },
  lang_toggle: { en: '中文', zh: 'English' },
  lang_toggle_label: { en: 'Switch interface language to Chinese', zh: '切换界面语言为英文' },
  nav_label: { en: 'Views', zh: '视图' },
  view_overview: { en: 'Overview', zh: '概览' },
  view_trends: { en: 'Trends', zh: '趋势' },
  view_organisations: { en: 'Organisations', zh: '机构' },
  view_regions: { en: 'Regions', zh: '地区' },
  view_lexicon: { en: 'Lexicon', zh: '词表' },
  loading: { en: 'Loading…', zh: '加载中…' },
  loading_engine: { en: 'Starting the query engine…', zh: '正在启动查询引擎…' },
  preview_note: { en: 'Showing precomputed summary while the query engine starts.', zh: '查询引擎启动中，先显示预先计算的摘要。' },
  preview_failed: {
    en: 'The figures below are the precomputed summary (summary.json); the live views need the problem above fixed.',
    zh: '以下数字来自预先计算的摘要（summary.json）；需先解决上面指出的问题，实时视图才能显示。',
  },
  empty: { en: 'No data for this selection.', zh: '当前选择没有数据。' },
  error: { en: 'Something went wrong', zh: '出错了' },
  data_missing: { en: 'Data file missing', zh: '缺少数据文件' },
  data_malformed: { en: 'Data file malformed', zh: '数据文件格式错误' },
  data_fix: { en: 'Build the tables with', zh: '请先生成数据表：' },
  download_csv: { en: 'Download CSV', zh: '下载 CSV' },
  download_svg: { en: 'Download SVG', zh: '下载 SVG' },
  download_png: { en: 'Download PNG', zh: '下载 PNG' },
  show_table: { en: 'Show as table', zh: '以表格显示' },
  show_chart: { en: 'Show as chart', zh: '以图表显示' },
  source_line: { en: 'Source: Tifa Tracker, corpus', zh: '来源：提法追踪，语料' },
  documents: { en: 'Documents', zh: '文档' },
  organisations: { en: 'Organisations', zh: '机构' },
  regions: { en: 'Provinces', zh: '省份' },
  date_range: { en: 'Date range', zh: '时间范围' },
  undated: { en: 'Undated documents', zh: '无日期文档' },
  top_slogans: { en: 'Most frequent slogans', zh: '最常见的提法' },
  by_category: { en: 'Slogans by category', zh: '按类别统计' },
  occurrences: { en: 'Occurrences', zh: '出现次数' },
  n_docs: { en: 'Documents mentioning', zh: '提及文档数' },
  slogan: { en: 'Slogan', zh: '提法' },
  gloss: { en: 'English gloss', zh: '英文释义' },
  category: { en: 'Category', zh: '类别' },
  scope: { en: 'Scope', zh: '范围' },
  first_year: { en: 'First year', zh: '首次出现年份' },
  first_seen: { en: 'First seen in corpus', zh: '语料中最早出现' },
  variants: { en: 'Variants', zh: '变体' },
  period: { en: 'Period', zh: '时期' },
  value: { en: 'Value', zh: '数值' },
  choose_slogans: { en: 'Slogans (up to 12)', zh: '提法（最多 12 个）' },
  search_slogans: { en: 'Type to search: Chinese, variant or English', zh: '输入中文、变体或英文搜索' },
  remove: { en: 'Remove', zh: '移除' },
  measure: { en: 'Measure', zh: '指标' },
  measure_occurrences: { en: 'Occurrences', zh: '出现次数' },
  measure_per10k: { en: 'Per 10,000 characters', zh: '每万字出现次数' },
  measure_pctDocs: { en: '% of documents mentioning', zh: '提及文档占比（%）' },
  granularity: { en: 'Time step', zh: '时间粒度' },
  granularity_year: { en: 'Year', zh: '年' },
  granularity_quarter: { en: 'Quarter', zh: '季度' },
  granularity_month: { en: 'Month', zh: '月' },
  smoothing: { en: 'Moving average', zh: '移动平均' },
  smoothing_off: { en: 'Off', zh: '关闭' },
  filters: { en: 'Filters', zh: '筛选' },
  filter_province: { en: 'Province', zh: '省份' },
  filter_org_type: { en: 'Organisation type', zh: '机构类型' },
  filter_admin_level: { en: 'Administrative level', zh: '行政层级' },
  filter_source_file: { en: 'Source file', zh: '来源文件' },
  all: { en: 'All', zh: '全部' },
  clear_filters: { en: 'Clear filters', zh: '清除筛选' },
  trend_chart: { en: 'Slogans over time', zh: '提法随时间变化' },
  left_out: { en: 'are not on the time axis:', zh: '不在时间轴上：' },
  left_out_one: { en: 'is not on the time axis:', zh: '不在时间轴上：' },
  left_out_undated: { en: 'without a date', zh: '篇无日期' },
  left_out_imprecise: { en: 'dated only by year, too coarse for this time step', zh: '篇仅有年份，精度不足以按此粒度统计' },
  left_out_none: { en: 'Every matching document is on the time axis.', zh: '所有符合条件的文档都在时间轴上。' },
  click_point: { en: 'Click a point on the chart below to list its documents.', zh: '点击下方图中的数据点，可列出相关文档。' },
  docs_behind: { en: 'Documents behind', zh: '相关文档' },
  title: { en: 'Title', zh: '标题' },
  org: { en: 'Organisation', zh: '机构' },
  date: { en: 'Date', zh: '日期' },
  count: { en: 'Count', zh: '次数' },
  close: { en: 'Close', zh: '关闭' },
  no_slogans: {
    en: 'Choose one or more slogans in the “Slogans” box above to draw their trend.',
    zh: '请在上方“提法”框中选择一个或多个提法以绘制趋势。',
  },
  lexicon_table: { en: 'All slogans in the lexicon', zh: '词表中的全部提法' },
  candidates_table: { en: 'Candidate slogans found in the corpus', zh: '语料中发现的候选提法' },
  phrase: { en: 'Phrase', zh: '短语' },
  kind: { en: 'Kind', zh: '类型' },
  score: { en: 'Score', zh: '得分' },
  in_lexicon: { en: 'In lexicon', zh: '已收录' },
  example: { en: 'Example', zh: '例句' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  unknown: { en: 'unknown', zh: '未知' },
};

/** Add strings for a view owned elsewhere; existing keys are not overwritten. */
export function registerStrings(dict: Dict): void {
  for (const [k, v] of Object.entries(dict)) if (!(k in STRINGS)) STRINGS[k] = v;
}

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    /* storage may be disabled; fall through */
  }
  return globalThis.navigator?.language?.startsWith('zh') ? 'zh' : 'en';
}

class I18n {
  lang: Lang = $state(initialLang());

  /** The interface string for a key; the key itself if unknown (visible, so missing strings get noticed). */
  t = (key: string): string => STRINGS[key]?.[this.lang] ?? key;

  toggle = (): void => {
    this.lang = this.lang === 'en' ? 'zh' : 'en';
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, this.lang);
    } catch {
      /* not remembered, still switched */
    }
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
  };
}

export const i18n = new I18n();

/** Interface label for a controlled-vocabulary value (org_type, admin_level, category…), falling back to the raw value. */
export function valueLabel(prefix: string, value: string | null): string {
  if (value === null) return i18n.t('unknown');
  const key = `${prefix}_${value}`;
  return key in STRINGS ? i18n.t(key) : value;
}

/**
 * The head of a gloss for tight places (chips, legends, bar labels): the part
 * before an explanation (`:` `;` ` — `), cut to `max` characters with an
 * ellipsis. Tables and CSV keep the full gloss.
 */
export function shortGloss(gloss: string | null | undefined, max = 48): string {
  if (!gloss) return '';
  const head = gloss.split(/:\s|;\s|\s—\s/)[0].trim();
  return head.length > max ? head.slice(0, max - 1).trimEnd() + '…' : head;
}

// Count nouns: English singular and plural; Chinese has one form, with its measure word.
const NOUNS: Record<string, { one: string; other: string; zh: string }> = {
  document: { one: 'document', other: 'documents', zh: '篇文档' },
  occurrence: { one: 'occurrence', other: 'occurrences', zh: '次' },
  province: { one: 'province', other: 'provinces', zh: '个省份' },
};

/** A count with its noun in the interface language: "1 document", "2 documents", "2 篇文档". */
export function countNoun(n: number, noun: keyof typeof NOUNS, lang: Lang = i18n.lang): string {
  const w = NOUNS[noun];
  if (!w) return String(n);
  if (lang === 'zh') return `${n.toLocaleString('zh-CN')} ${w.zh}`;
  return `${n.toLocaleString('en-US')} ${n === 1 ? w.one : w.other}`;
}

/** Punctuation for running text in the interface language (Chinese text takes full-width marks). */
export function punct(mark: ',' | '.' | ':' | ';', lang: Lang = i18n.lang): string {
  if (lang === 'zh') return { ',': '，', '.': '。', ':': '：', ';': '；' }[mark];
  return mark === '.' ? '.' : `${mark} `;
}

/** A slogan as shown everywhere: Chinese canonical form with the (short) English gloss beside it. */
export function sloganLabel(canonical: string, gloss: string | null | undefined): string {
  const g = shortGloss(gloss);
  return g ? `${canonical} (${g})` : canonical;
}

registerStrings({
  org_type_party_committee: { en: 'Party committee', zh: '党委' },
  org_type_party_group: { en: 'Party group', zh: '党组' },
  org_type_discipline_inspection: { en: 'Discipline inspection', zh: '纪检监察' },
  org_type_political_legal: { en: 'Political-legal', zh: '政法' },
  org_type_united_front: { en: 'United front', zh: '统战' },
  org_type_peoples_congress: { en: "People's congress", zh: '人大' },
  org_type_cppcc: { en: 'CPPCC', zh: '政协' },
  org_type_government: { en: 'Government', zh: '政府' },
  org_type_soe: { en: 'State-owned enterprise', zh: '国有企业' },
  org_type_university: { en: 'University', zh: '高校' },
  org_type_grassroots: { en: 'Grassroots', zh: '基层' },
  org_type_individual: { en: 'Individual', zh: '个人' },
  org_type_unknown: { en: 'Unknown', zh: '未知' },
  admin_level_central: { en: 'Central', zh: '中央' },
  admin_level_province: { en: 'Province', zh: '省级' },
  admin_level_city: { en: 'City', zh: '市级' },
  admin_level_county: { en: 'County', zh: '县级' },
  admin_level_township: { en: 'Township', zh: '乡镇' },
  admin_level_enterprise: { en: 'Enterprise', zh: '企业' },
  admin_level_unknown: { en: 'Unknown', zh: '未知' },
  // Slogan categories (the ids and their meaning: CATEGORIES in scripts/pipeline/lexicon.ts).
  category_numbered: { en: 'Numbered formulas', zh: '数字概括' },
  category_ideology: { en: 'Ideology and theory', zh: '思想理论' },
  category_campaign: { en: 'Study campaigns', zh: '学习教育活动' },
  category_model_experience: { en: 'Model local practices', zh: '典型经验' },
  category_programme: { en: 'National programmes', zh: '国家战略' },
  category_party_building: { en: 'Party building', zh: '党的建设' },
  category_governance: { en: 'Governance and law', zh: '治理与法治' },
  category_local: { en: 'Local signature slogans', zh: '地方特色提法' },
  // How a candidate phrase was found (scripts/pipeline/discover/discover.md).
  kind_enumeration: { en: 'Enumeration (三会一课)', zh: '数字并列（三会一课）' },
  kind_numbered: { en: 'Count + head (四个意识)', zh: '数字概括（四个意识）' },
  kind_list: { en: 'Parallel list (稳就业、稳金融、稳外贸)', zh: '排比并列（稳就业、稳金融、稳外贸）' },
  kind_quoted: { en: 'In quotation marks', zh: '引号内' },
  kind_ngram: { en: 'Repeated word sequence', zh: '重复词串' },
});
