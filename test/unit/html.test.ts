import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToLines, htmlToText } from '../../scripts/pipeline/html';
import { cleanLines } from '../../scripts/pipeline/clean';

const page = readFileSync(join(__dirname, '../fixtures/clean/page.html'), 'utf8');

describe('htmlToText(html) on a template-site page', () => {
  const text = htmlToText(page);
  const lines = text.split('\n');

  it('drops scripts, styles, noscript and comments, even when they contain markup', () => {
    for (const hidden of ['哒哒素材库', '脚本', '不是正文', '注释里的段落', '请启用JavaScript', 'document.write', 'text-indent']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('puts block elements and <br> on lines of their own; <br><br> leaves one blank line', () => {
    expect(lines).toContain('一是加强作风建设是保证机关坚定正确的政治方向的需要。');
    expect(lines).toContain('二是加强作风建设是促进机关各项工作高质量发展的需要。');
    const i = lines.indexOf('二是加强作风建设是促进机关各项工作高质量发展的需要。');
    expect(lines[i + 1]).toBe('');
    expect(lines[i + 2]).toBe('三是加强作风建设是驰而不息正风肃纪的需要。');
    expect(lines).toContain('坚持<学思用贯通>');
    expect(lines).toContain('知信行统一');
    expect(lines).toContain('单位\t得分');
  });

  it('decodes entities and keeps decoded < > & as text', () => {
    expect(text).toContain('——“两个确立”&“两个维护”。');
    expect(text).toContain('当前位置:巨优公文网>范文大全 > 公文范文');
  });

  it('collapses source newlines inside a paragraph to a space (cleanLines removes it between Han)', () => {
    const para = lines.find((l) => l.startsWith('今天,我们召开'));
    expect(para).toContain('建设的 重要指示精神');
    expect(cleanLines(text).lines.map((l) => l.text)).toContain(para!.replace('建设的 重要', '建设的重要'));
  });

  it('its output goes through cleanLines: the page furniture is then dropped', () => {
    const kept = cleanLines(text)
      .lines.map((l) => l.text)
      .join('\n');
    expect(kept).not.toContain('当前位置');
    expect(kept).not.toContain('时间:2023-04-25');
    expect(kept).not.toContain('版权所有');
    expect(kept).toContain('2023年杭州市政协十一届三次会议(五篇)(完整)');
  });

  it('htmlToText of an empty or text-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('两个确立 &lt;b&gt;')).toBe('两个确立 <b>');
  });
});

describe('htmlToLines(html): every text line cites the source line it starts on', () => {
  it('on the template page, each text line is found on the raw line it names', () => {
    const { text, lineNumbers } = htmlToLines(page);
    const raw = page.split('\n');
    const out = text.split('\n');
    expect(lineNumbers).toHaveLength(out.length);
    for (let i = 1; i < lineNumbers.length; i++) expect(lineNumbers[i]).toBeGreaterThanOrEqual(lineNumbers[i - 1]);
    // A paragraph's first words are on the line it cites (entities and collapsed spaces aside).
    for (const probe of ['一是加强作风建设是保证机关坚定正确的政治方向的需要。', '三是加强作风建设是驰而不息正风肃纪的需要。']) {
      const i = out.indexOf(probe);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(raw[lineNumbers[i] - 1]).toContain(probe.slice(0, 8));
    }
  });

  it('blocks on one source line share its number; a paragraph wrapped over source lines takes its first', () => {
    const html = '<html>\n<body>\n<h1>标题</h1><p>第一段。</p>\n<p>\n  第二段\n  接着写。</p>\n<pre>甲\n乙</pre>\n</body></html>';
    const { text, lineNumbers } = htmlToLines(html);
    expect(text.split('\n')).toEqual(['标题', '第一段。', '第二段 接着写。', '甲', '乙']);
    expect(lineNumbers).toEqual([3, 3, 5, 7, 8]);
  });

  it('cleanLines keeps those numbers, so documents cite lines of the raw file', () => {
    const { text, lineNumbers } = htmlToLines('<p>\n\n坚持“两个确立”。</p>\n<p>增强“四个意识”。</p>');
    expect(cleanLines(text, lineNumbers).lines).toEqual([
      { n: 3, text: '坚持“两个确立”。' },
      { n: 4, text: '增强“四个意识”。' },
    ]);
  });
});
