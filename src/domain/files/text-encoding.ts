/**
 * The bytes of a text file (a registration form's CSV) read as text in the encoding they were written in.
 * Spreadsheets and form services write UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode
 * text"), Windows-1252 (Excel on Windows in Western Europe: "Siobhán Ó Briain") or GB18030/GBK (Excel on a
 * Chinese Windows). Reading one as another turns every accented or Chinese name into nonsense, so the encoding is
 * found in this order:
 *
 * 1. a byte-order mark says it;
 * 2. bytes that are valid UTF-8 and hold no NUL are UTF-8 (text in any other of these encodings is almost never
 *    valid UTF-8 by chance: an accented letter in Windows-1252 is a lone byte that UTF-8 refuses);
 * 3. otherwise jschardet, a port of the chardet library, says which of the encodings offered it is, limited to
 *    those: its statistics tell Windows-1252 text from GB18030 text, and UTF-16 without a mark by its NULs.
 *
 * jschardet's model is large (over a megabyte), so it is loaded only when a file needs it. The organiser can
 * always choose another of `TEXT_ENCODINGS` when the names still look wrong, and decoding in a chosen encoding
 * never fails: a byte an encoding has no character for becomes U+FFFD.
 */

/** The encodings a roster file is read in, as TextDecoder names them: persisted in no record. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'gb18030'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** How the encoding was known: a byte-order mark, bytes that can only be UTF-8, jschardet's statistics, or the organiser. */
export type EncodingFoundBy = 'byte-order-mark' | 'valid-utf-8' | 'detected' | 'chosen';

export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  encoding: TextEncoding;
  foundBy: EncodingFoundBy;
}

const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte-order mark at the start of `bytes` names, or null when there is none. */
export function byteOrderMarkOf(bytes: Uint8Array): TextEncoding | null {
  return BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, index) => bytes[index] === byte))?.encoding ?? null;
}

/** `bytes` in `encoding`, without a byte-order mark; a byte the encoding cannot read becomes U+FFFD. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  // TextDecoder drops the mark of its own encoding only: a UTF-8 mark read as Windows-1252 would show as "ï»¿".
  const mark = byteOrderMarkOf(bytes);
  const start = mark ? (mark === 'utf-8' ? 3 : 2) : 0;
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(start));
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** jschardet's names (its spelling varies in case) for the encodings it may choose among here. */
const DETECTOR_NAMES: Readonly<Record<string, TextEncoding>> = {
  ascii: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16-le': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  gb18030: 'gb18030',
  gb2312: 'gb18030',
  gbk: 'gb18030',
};

/** The most a detection reads: enough for a reliable answer on any roster, and bounded for a hostile file. */
const DETECTION_BYTES = 64 * 1024;

/** What jschardet says `bytes` are, among `TEXT_ENCODINGS`; Windows-1252 when it says none of them. */
async function detected(bytes: Uint8Array): Promise<TextEncoding> {
  const { detectAll } = await import('jschardet');
  const sample = bytes.subarray(0, DETECTION_BYTES);
  const candidates = detectAll(sample, { detectEncodings: ['ascii', 'utf-8', 'utf-16-le', 'utf-16-be', 'windows-1252', 'gb18030'] });
  for (const candidate of candidates) {
    const encoding = candidate.encoding ? DETECTOR_NAMES[candidate.encoding.toLowerCase()] : undefined;
    // UTF-8 was ruled out before asking, unless the bytes held NULs; a NUL-bearing "UTF-8" is not text.
    if (encoding && encoding !== 'utf-8') return encoding;
  }
  return 'windows-1252';
}

/**
 * `bytes` as text, in `chosen` when the organiser chose an encoding, else in the one they were most likely
 * written in (see the module's header), saying which and how it was known.
 */
export async function decodeText(bytes: Uint8Array, chosen?: TextEncoding): Promise<DecodedText> {
  if (chosen) return { text: decodeAs(bytes, chosen), encoding: chosen, foundBy: 'chosen' };
  const mark = byteOrderMarkOf(bytes);
  if (mark) return { text: decodeAs(bytes, mark), encoding: mark, foundBy: 'byte-order-mark' };
  if (!bytes.includes(0) && isValidUtf8(bytes)) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', foundBy: 'valid-utf-8' };
  const encoding = await detected(bytes);
  return { text: decodeAs(bytes, encoding), encoding, foundBy: 'detected' };
}
