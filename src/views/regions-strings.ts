// The Regions view's interface strings, registered once when the view is first imported.
import { registerStrings } from '../lib/i18n.svelte';
registerStrings({
  rg_map: { en: 'Where the slogan is used', zh: '提法的地区分布' },
  rg_all_slogans: { en: 'All slogans', zh: '全部提法' },
  rg_province: { en: 'Province', zh: '省份' },
  rg_choose_province: { en: '— choose a province —', zh: '— 选择省份 —' },
  rg_no_docs: { en: 'no documents', zh: '无文档' },
  rg_zero: { en: '0 (documents, no mention)', zh: '0（有文档，未提及）' },
  rg_unplaced: { en: 'documents have no region and are not on the map', zh: '篇文档无地区信息，未显示在地图上' },
  rg_central: { en: 'of them from central organisations', zh: '篇来自中央机构' },
  rg_chars: { en: 'Characters', zh: '字数' },
  rg_docs_with: { en: 'Documents mentioning', zh: '提及文档数' },
  rg_cities: { en: 'Cities and counties in', zh: '下辖市、县：' },
  rg_city: { en: 'City', zh: '市' },
  rg_county: { en: 'County', zh: '县/区' },
  rg_city_unknown: { en: '(city not stated)', zh: '（未注明市）' },
  rg_click_hint: { en: 'Click a province, or choose it below, to list its cities and counties.', zh: '点击省份或在下方选择，查看其下辖市县。' },
  rg_clear: { en: '← Back to China', zh: '← 返回全国' },
});
