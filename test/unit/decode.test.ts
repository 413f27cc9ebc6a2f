import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/pipeline/decode';

const SEEDS = join(__dirname, '../../data/raw/seeds');
const seed002 = readFileSync(join(SEEDS, '002_af2bb5f6d6c8ddb0.txt'), 'utf8');

function ok(result: ReturnType<typeof decode>): { text: string; encoding: string } {
  if ('error' in result) throw new Error(`expected text, got error: ${result.error}`);
  return result;
}
function bytes(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => (p instanceof Uint8Array ? p : Buffer.from([...p])))));
}

describe('decode(bytes)', () => {
  it.each(readdirSync(SEEDS))('decode(seed %s) is plain UTF-8 (seed 001 is not a DOS executable)', (file) => {
    const raw = readFileSync(join(SEEDS, file));
    const d = ok(decode(new Uint8Array(raw)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(raw.toString('utf8'));
  });

  it("decode(GB18030 bytes) → encoding 'gb18030', same text", () => {
    const d = ok(decode(new Uint8Array(iconv.encode(seed002, 'gb18030'))));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(seed002);
  });

  it('decode(GBK bytes) is read as GB18030 (a superset)', () => {
    const d = ok(decode(new Uint8Array(iconv.encode('增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n', 'gbk'))));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('两个维护');
  });

  it("decode(UTF-8 with BOM) → 'utf-8-bom', BOM not in the text", () => {
    const d = ok(decode(bytes([0xef, 0xbb, 0xbf], Buffer.from('两个确立\n'))));
    expect(d.encoding).toBe('utf-8-bom');
    expect(d.text).toBe('两个确立\n');
  });

  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('decode(%s with BOM)', (enc, bom) => {
    const d = ok(decode(bytes(bom, iconv.encode(seed002, enc))));
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(seed002);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('decode(%s without BOM) is found by its NUL pattern', (enc) => {
    const d = ok(decode(new Uint8Array(iconv.encode(seed002, enc))));
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(seed002);
  });

  it('decode(CRLF and CR line ends) → \\n only', () => {
    const d = ok(decode(new Uint8Array(Buffer.from('第一行\r\n第二行\r第三行\n'))));
    expect(d.text).toBe('第一行\n第二行\n第三行\n');
  });

  it('decode(Big5 Traditional text) is recognised with the jschardet hint', () => {
    const text =
      '我們第一屆全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後，已經光榮地完成了一件歷史性的工作。\n'.repeat(
        3,
      ) + '我國偉大的人民革命的根本目的，是在於從帝國主義、封建主義和官僚資本主義的壓迫下面解放我國的生產力。\n';
    const d = ok(decode(new Uint8Array(iconv.encode(text, 'big5'))));
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain('全國人民代表大會');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]],
    ['PDF', [...Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
  ])('decode(%s magic) → binary file', (_name, magic) => {
    const r = decode(new Uint8Array(magic));
    expect('error' in r && r.error).toMatch(/^binary file/);
  });

  it('decode(NUL bytes on both parities) → binary file, not UTF-16', () => {
    const junk = new Uint8Array(512);
    for (let i = 0; i < junk.length; i++) junk[i] = i % 3 === 0 ? 0 : (i * 37) & 0xff;
    const r = decode(junk);
    expect('error' in r && r.error).toMatch(/^binary file/);
  });

  it('decode(many control characters) → binary file', () => {
    const text = Buffer.from('两个确立\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f两个维护\x10\x11\x12'.repeat(20));
    const r = decode(new Uint8Array(text));
    expect('error' in r && r.error).toMatch(/^binary file/);
  });

  it('decode(bytes valid in no supported encoding) → cannot decode', () => {
    // 0xFF never starts a GB18030 or UTF-8 sequence.
    const r = decode(bytes(Buffer.from('abc '), new Array(200).fill(0xff), Buffer.from('\n')));
    expect('error' in r && r.error).toMatch(/^cannot decode/);
  });

  it.each([
    ['no bytes', new Uint8Array(0)],
    ['whitespace', new Uint8Array(Buffer.from(' \r\n\t\n\u3000\n'))],
    ['a BOM only', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('decode(%s) → empty file', (_name, input) => {
    expect(decode(input)).toEqual({ error: 'empty file' });
  });

  it('decode(UTF-8 cut inside its last character) stays UTF-8', () => {
    const raw = Buffer.from(seed002);
    const cut = raw.indexOf(Buffer.from('确立')) + 1; // one byte into a three-byte character
    const d = ok(decode(new Uint8Array(raw.subarray(0, cut))));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`${seed002.slice(0, seed002.indexOf('确立'))}\ufffd`);
  });
});
