/**
 * File names the app proposes for what it writes (calendars, and any export that saves many files at once):
 * names every file system takes as they are, so that a delegate's name never turns into a folder, a device,
 * a hidden file or a name too long to save. The desktop app's main process refuses any other name
 * (electron/main/plain-file-name.ts), so whatever a delegate is called, the name made here is one it accepts.
 */

/** Characters Windows refuses in a name (and "/" everywhere); control characters break native file APIs. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/gu;
/**
 * Bidirectional controls: a name holding one can show its letters in another order than they are written
 * ("calendar\u202Esci.exe" shows as "calendarexe.ics").
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;
/** Windows keeps these device names whatever the extension: "CON.ics" and "CON .ics" cannot be created. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/iu;
/** Most file systems allow 255 bytes a name; this leaves room for " (12)" and the extension. */
const MAX_STEM_BYTES = 200;

const encoder = new TextEncoder();

/**
 * `stem` made into a file name with `extension` ("ics", without the dot): forbidden characters become spaces,
 * bidirectional controls are dropped, runs of spaces one, no leading or trailing dots or spaces, never a
 * reserved device name, at most 200 bytes of UTF-8 before the extension (cut between characters), and
 * `fallback` when nothing is left.
 */
export function safeFileName(stem: string, extension: string, fallback = 'export'): string {
  let name = stem
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  name = truncateBytes(name, MAX_STEM_BYTES).replace(/[\s.]+$/u, '');
  if (!name) name = fallback;
  if (RESERVED.test(name.split('.')[0]!.trimEnd())) name = `_${name}`;
  return `${name}.${extension}`;
}

/**
 * Names for several files to be written into one folder: each made safe, and a repeat (compared without case,
 * as Windows and macOS compare them) numbered " (2)", " (3)" after the first.
 */
export function uniqueFileNames(stems: readonly string[], extension: string, fallback = 'export'): string[] {
  const taken = new Set<string>();
  return stems.map((stem) => {
    const base = safeFileName(stem, extension, fallback).slice(0, -(extension.length + 1));
    let candidate = `${base}.${extension}`;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) candidate = `${base} (${copy}).${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function truncateBytes(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  let result = '';
  let bytes = 0;
  for (const character of text) {
    const size = encoder.encode(character).length;
    if (bytes + size > maxBytes) break;
    result += character;
    bytes += size;
  }
  return result;
}
