/**
 * The document's title: the splitter's title tidied, or — when there is
 * none — a fallback marked as such, so a title is never empty.
 */

/** Trims and joins a title that wrapped over lines (a space only between two Latin/digit characters). */
export function tidyTitle(raw: string): string {
  return raw
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((acc, l) => (acc && /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(l) ? `${acc} ${l}` : acc + l), '')
    .replace(/[ \t\u3000]{2,}/g, ' ');
}

/** The first ≤ `max` characters of the body's first sentence followed by …; 无标题 when the body is empty. */
export function fallbackTitle(body: string, max = 30): string {
  const text = body.replace(/\s+/g, '');
  if (!text) return '（无标题）';
  const end = text.search(/[。！？；]/);
  const sentence = end > 0 ? text.slice(0, end) : text;
  return `${[...sentence].slice(0, max).join('')}…`;
}
