/**
 * SVG/PNG export of a chart. The exported file is self-explanatory: it adds a
 * title above the chart, a legend, and a source line below, none of which
 * are in the on-screen SVG (the page shows them as HTML).
 */
import { symbol, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import type { Marker } from '../charts/palette';
import { downloadBlob } from './csv';
import { layoutLegend, wrapText } from './legend-layout';

export interface ImageMeta {
  title: string;
  source: string;
  /** series (a line swatch) or classes of a fill (`shape: 'box'`, e.g. a map's colour classes) */
  legend?: { label: string; color: string; dash?: string; marker?: Marker; shape?: 'line' | 'box' }[];
  /** a continuous colour scale (heatmap): a gradient bar from `min` to `max` */
  scale?: { title: string; colors: string[]; min: string; max: string };
}

const EXPORT_SYMBOLS = { square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond };
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text; // text, never markup
  return e;
}

/** Build a standalone SVG: title, chart, legend (wrapped, never overlapping), colour scale, source line. */
export function composeSvg(svg: SVGSVGElement, meta: ImageMeta): { svg: SVGSVGElement; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const w = Math.max(320, Math.round(box.width || Number(svg.getAttribute('width')) || 800));
  const h = Math.round(box.height || Number(svg.getAttribute('height')) || 400);
  const legend = meta.legend ?? [];
  const layout = layoutLegend(
    legend.map((l) => l.label),
    w,
  );
  const scaleH = meta.scale ? 40 : 0;
  const sourceLines = wrapText(meta.source, w - 24, 11);
  const top = 40;
  const height = top + h + layout.height + scaleH + sourceLines.length * 14 + 16;
  const out = el('svg', { xmlns: SVG_NS, width: w, height, viewBox: `0 0 ${w} ${height}`, 'font-family': FONT }) as SVGSVGElement;
  out.appendChild(el('rect', { x: 0, y: 0, width: w, height, fill: '#ffffff' }));
  out.appendChild(el('text', { x: 12, y: 26, 'font-size': 16, 'font-weight': 600, fill: '#111' }, meta.title));
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(w));
  chart.setAttribute('height', String(h));
  out.appendChild(chart);
  legend.forEach((item, i) => {
    const { x, y, lines } = layout.slots[i];
    const yy = top + h + y;
    if (item.shape === 'box')
      out.appendChild(el('rect', { x, y: yy - 10, width: 18, height: 12, fill: item.color, stroke: '#999', 'stroke-width': 0.5 }));
    else
      out.appendChild(
        el('line', { x1: x, x2: x + 18, y1: yy - 4, y2: yy - 4, stroke: item.color, 'stroke-width': 3, 'stroke-dasharray': item.dash ?? '' }),
      );
    if (item.shape !== 'box' && item.marker && item.marker !== 'circle') {
      const d = symbol(EXPORT_SYMBOLS[item.marker], 30)() ?? '';
      out.appendChild(el('path', { d, transform: `translate(${x + 9},${yy - 4})`, fill: item.color, 'data-marker': item.marker }));
    }
    const text = el('text', { x: x + 24, y: yy, 'font-size': 12, fill: '#222', 'data-legend': i });
    lines.forEach((line, k) => text.appendChild(el('tspan', { x: x + 24, dy: k === 0 ? 0 : 16 }, line)));
    out.appendChild(text);
  });
  if (meta.scale) {
    const y = top + h + layout.height + 8;
    const defs = el('defs', {});
    const grad = el('linearGradient', { id: 'export-scale', x1: 0, x2: 1, y1: 0, y2: 0 });
    meta.scale.colors.forEach((c, i, all) => grad.appendChild(el('stop', { offset: i / Math.max(1, all.length - 1), 'stop-color': c })));
    defs.appendChild(grad);
    out.appendChild(defs);
    out.appendChild(el('text', { x: 12, y: y + 10, 'font-size': 11, fill: '#222' }, meta.scale.title));
    out.appendChild(el('rect', { x: 12, y: y + 14, width: 200, height: 10, fill: 'url(#export-scale)' }));
    out.appendChild(el('text', { x: 12, y: y + 36, 'font-size': 10, fill: '#444' }, meta.scale.min));
    out.appendChild(el('text', { x: 212, y: y + 36, 'font-size': 10, fill: '#444', 'text-anchor': 'end' }, meta.scale.max));
  }
  const source = el('text', { x: 12, y: height - 10 - (sourceLines.length - 1) * 14, 'font-size': 11, fill: '#555', 'data-source': '' });
  sourceLines.forEach((line, k) => source.appendChild(el('tspan', { x: 12, dy: k === 0 ? 0 : 14 }, line)));
  out.appendChild(source);
  return { svg: out, width: w, height };
}

function serialise(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** Download the chart as SVG with title, legend and source. */
export function downloadSvg(svg: SVGSVGElement, filename: string, meta: ImageMeta): void {
  const { svg: out } = composeSvg(svg, meta);
  downloadBlob(new Blob([serialise(out)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Download the chart as a 2× PNG with title, legend and source. */
export async function downloadPng(svg: SVGSVGElement, filename: string, meta: ImageMeta): Promise<void> {
  const { svg: out, width, height } = composeSvg(svg, meta);
  const url = URL.createObjectURL(new Blob([serialise(out)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d context unavailable');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((res) => canvas.toBlob(res, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    downloadBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
