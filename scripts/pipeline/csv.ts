/**
 * RFC 4180 CSV parsing for the spreadsheet-edited inputs (MANIFEST.csv, the
 * lexicon): a UTF-8 BOM, CRLF, quoted fields with commas, doubled quotes and
 * line breaks. Malformed quoting is an error naming the file and line, since
 * a silently mis-split row would put values in the wrong columns.
 */

/**
 * Split RFC 4180 CSV text into records of raw fields, each with the 1-based line
 * number it starts on (a quoted field may span lines, so record ≠ line).
 */
export function parseCsvRows(text: string, file: string): { line: number; fields: string[] }[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // current field began with a quote (only a separator may follow the closing quote)
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    // A record that is one empty field is a blank line: skip it rather than report a short row.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || wasQuoted) {
        throw new Error(`${file}: line ${line}: stray quote inside an unquoted field (quote the whole field and double inner quotes)`);
      }
      quoted = true;
      wasQuoted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (wasQuoted) throw new Error(`${file}: line ${line}: text after the closing quote of a field`);
    field += ch;
    i += 1;
  }
  if (quoted) throw new Error(`${file}: line ${recordLine}: quoted field is never closed`);
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

/** A CSV with a header row as records keyed by (trimmed, lower-cased) header names. */
export function parseCsvRecords(text: string, file: string): { header: string[]; records: Record<string, string>[] } {
  const rows = parseCsvRows(text, file);
  if (rows.length === 0) return { header: [], records: [] };
  const header = rows[0].fields.map((h) => h.trim().toLowerCase());
  const records = rows.slice(1).map(({ fields }) => {
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h] = (fields[k] ?? '').trim()));
    return rec;
  });
  return { header, records };
}
