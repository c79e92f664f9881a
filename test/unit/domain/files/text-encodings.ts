/**
 * Text written as other programs write it, for the tests of reading it back: Windows-1252 (Excel on a Western
 * European Windows), UTF-16 with or without its byte-order mark (Excel's "Unicode text") and GB18030 (Excel on a
 * Chinese Windows). Node's TextEncoder writes only UTF-8, so the others are built here: Windows-1252 from the
 * Latin-1 bytes it shares for letters, GB18030 by asking TextDecoder which two bytes read as each character.
 */
export const utf8 = (text: string, bom = false) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

/** Text of Latin-1 letters ("Siobhán Ó Briain", "José Müller") as Windows-1252 writes them. */
export function windows1252(text: string): Uint8Array {
  const bytes = Uint8Array.from([...text].map((char) => char.codePointAt(0)!));
  if ([...text].some((char) => char.codePointAt(0)! > 0xff)) throw new Error('not Latin-1 text');
  return bytes;
}

export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? ['\uFEFF'] : []), text].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index += 1) {
    const unit = units.charCodeAt(index);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes[index * 2] = endian === 'le' ? low : high;
    bytes[index * 2 + 1] = endian === 'le' ? high : low;
  }
  return bytes;
}

let gbTable: Map<string, [number, number]> | null = null;

/** Text of ASCII and common Han characters as GB18030 (and GBK) writes it. */
export function gb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !gbTable.has(char)) gbTable.set(char, [lead, trail]);
      }
    }
  }
  const table = gbTable;
  return Uint8Array.from(
    [...text].flatMap((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return [code];
      const pair = table.get(char);
      if (!pair) throw new Error(`${char} is not in the two-byte part of GB18030`);
      return pair;
    }),
  );
}
