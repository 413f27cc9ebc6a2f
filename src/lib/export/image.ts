/**
 * SVG/PNG export of a chart. The exported file is self-explanatory: it adds a
 * title above the chart, a legend, and a source line below, none of which
 * are in the on-screen SVG (the page shows them as HTML).
 */
import { downloadBlob } from './csv';

export interface ImageMeta {
  title: string;
  source: string;
  legend?: { label: string; color: string; dash?: string }[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text; // text, never markup
  return e;
}

/** Build a standalone SVG: title, chart, legend, source line. */
export function composeSvg(svg: SVGSVGElement, meta: ImageMeta): { svg: SVGSVGElement; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const w = Math.max(320, Math.round(box.width || Number(svg.getAttribute('width')) || 800));
  const h = Math.round(box.height || Number(svg.getAttribute('height')) || 400);
  const legend = meta.legend ?? [];
  const perRow = Math.max(1, Math.floor(w / 200));
  const legendRows = Math.ceil(legend.length / perRow);
  const top = 40;
  const height = top + h + legendRows * 20 + 36;
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
    const x = 12 + (i % perRow) * 200;
    const y = top + h + 14 + Math.floor(i / perRow) * 20;
    out.appendChild(el('line', { x1: x, x2: x + 18, y1: y - 4, y2: y - 4, stroke: item.color, 'stroke-width': 3, 'stroke-dasharray': item.dash ?? '' }));
    out.appendChild(el('text', { x: x + 24, y, 'font-size': 12, fill: '#222' }, item.label));
  });
  out.appendChild(el('text', { x: 12, y: height - 10, 'font-size': 11, fill: '#555' }, meta.source));
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
