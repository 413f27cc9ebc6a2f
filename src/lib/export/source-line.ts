/**
 * The source line of an exported image: which corpus (its top folders), how
 * many documents, when the tables were built, and every active filter — so a
 * figure pasted into a paper says what it was computed from.
 */
export interface SourceFacts {
  lang: 'en' | 'zh';
  /** source files of the corpus (summary.json `files`) */
  files: readonly string[];
  nDocs: number | null;
  /** YYYY-MM-DD the tables were written, or null when unknown */
  built: string | null;
  /** active filters, key → values (empty lists are left out) */
  filters: Record<string, readonly string[] | string | undefined>;
}

/** `seeds/a.txt`, `seeds/b.txt`, `x.txt` → `seeds, x.txt`: the corpus by its top folders. */
export function corpusName(files: readonly string[]): string {
  return [...new Set(files.map((f) => f.split('/')[0]))].sort().join(', ');
}

export function sourceLine(f: SourceFacts): string {
  const zh = f.lang === 'zh';
  const filters = Object.entries(f.filters)
    .map(([k, v]) => [k, Array.isArray(v) ? v : v ? [v] : []] as const)
    .filter(([, v]) => v.length > 0)
    .map(([k, v]) => `${k} = ${v.join(zh ? '、' : ', ')}`);
  const docs = f.nDocs === null ? '' : zh ? `${f.nDocs} 篇文档` : `${f.nDocs} document${f.nDocs === 1 ? '' : 's'}`;
  const built = f.built ? (zh ? `数据生成于 ${f.built}` : `tables built ${f.built}`) : '';
  const detail = [docs, built].filter(Boolean).join(zh ? '，' : ', ');
  const corpus = corpusName(f.files) || (zh ? '未知' : 'unknown');
  if (zh) {
    return `来源：提法追踪 · 语料：${corpus}${detail ? `（${detail}）` : ''} · 筛选：${filters.length ? filters.join('；') : '无'}`;
  }
  return `Source: Tifa Tracker · corpus: ${corpus}${detail ? ` (${detail})` : ''} · filters: ${filters.length ? filters.join('; ') : 'none'}`;
}

/** An HTTP `Last-Modified` header → `YYYY-MM-DD` (UTC), or null. */
export function builtDate(lastModified: string | null): string | null {
  if (!lastModified) return null;
  const t = Date.parse(lastModified);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
