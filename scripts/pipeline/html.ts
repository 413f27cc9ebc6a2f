/**
 * Stage "html": the visible text of an .html/.htm page, one block per line.
 * Uses htmlparser2's streaming callbacks (a real tokenizer that knows raw-text
 * elements and decodes entities), so markup inside scripts, comments or
 * attribute values never leaks into the text and document text is never
 * interpreted as markup downstream.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never visible text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'select', 'canvas']);

/** Elements that start and end a line of their own. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
  'option',
]);

/** Table cells on one row are separated by a tab, not a line break, so a row stays one line. */
const CELL = new Set(['td', 'th']);

/** Collapses HTML whitespace (not U+3000, which is content in Chinese pages). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** The visible text of a page, one block per line, and the 1-based raw line each text line starts on. */
export interface HtmlText {
  text: string;
  /** lineNumbers[i]: the line of the HTML source where line i of `text` begins (provenance for start_line/end_line) */
  lineNumbers: number[];
}

/** Extracts the visible text of an HTML page; blocks and <br> become line breaks, entities are decoded. */
export function htmlToText(html: string): string {
  return htmlToLines(html).text;
}

/** htmlToText, with the raw line number of every text line. */
export function htmlToLines(html: string): HtmlText {
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  let current = '';
  let currentLine = 1;
  let dropDepth = 0;
  let preDepth = 0;

  // Offsets reach the callbacks in document order: count line breaks once, moving forward.
  let scanAt = 0;
  let scanLine = 1;
  const lineOf = (offset: number): number => {
    for (; scanAt < offset && scanAt < html.length; scanAt++) if (html.charCodeAt(scanAt) === 10) scanLine++;
    return scanLine;
  };

  // Blocks end a line only when it has text (nested divs must not stack blank lines);
  // an explicit <br> always ends one, so <br><br> leaves the blank line authors meant. Never two blanks in a row.
  const breakLine = (explicit = false, at = parser.startIndex): void => {
    const line = current.replace(/[ \t]+$/, '').replace(/^ +/, '');
    current = '';
    if (line === '' && (!explicit || lines.length === 0 || lines[lines.length - 1] === '')) return;
    lines.push(line);
    lineNumbers.push(line === '' ? lineOf(at) : currentLine);
  };
  /** Appends `piece`, made of source text `text` at `offset`: a line is dated by its first visible character. */
  const append = (piece: string, text: string, offset: number): void => {
    if (current.trim() === '') {
      const lead = text.search(/[^ \t\n\r\f]/);
      if (lead >= 0) currentLine = lineOf(offset + lead);
    }
    current += piece;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) {
          dropDepth++;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') breakLine(true);
        else if (CELL.has(name)) current += current === '' ? '' : '\t';
        else if (BLOCK.has(name)) breakLine();
      },
      onclosetag(name) {
        if (DROPPED.has(name)) {
          if (dropDepth > 0) dropDepth--;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'pre' && preDepth > 0) preDepth--;
        if (BLOCK.has(name) && !CELL.has(name)) breakLine();
      },
      ontext(text) {
        if (dropDepth > 0) return;
        const at = parser.startIndex;
        if (preDepth > 0) {
          const parts = text.split(/\r\n?|\n/);
          let offset = at;
          for (let i = 0; i < parts.length; i++) {
            if (i > 0) breakLine(true, offset);
            append(parts[i], parts[i], offset);
            offset = html.indexOf('\n', offset) + 1 || offset;
          }
          return;
        }
        const collapsed = text.replace(HTML_SPACE, ' ');
        // A space at the start of a line or after another space carries nothing.
        append(current === '' || current.endsWith(' ') || current.endsWith('\t') ? collapsed.replace(/^ /, '') : collapsed, text, at);
      },
      // Comments, processing instructions and doctype produce no text: no handlers needed.
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
    lineNumbers.pop();
  }
  // Entities such as &nbsp; decode to U+00A0; later cleaning treats it like a space, keep the text lossless here.
  return { text: lines.join('\n'), lineNumbers };
}
