// The Lexicon view's interface strings, registered once when the view is first imported.
import { registerStrings } from '../lib/i18n.svelte';
registerStrings({
  lx_search: { en: 'Search the lexicon (Chinese, variant or English)', zh: '搜索词表（中文、变体或英文）' },
  lx_shown: { en: 'shown', zh: '条显示' },
  lx_sort_hint: { en: 'Click a column heading to sort.', zh: '点击列标题排序。' },
});
