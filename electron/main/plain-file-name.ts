/**
 * What counts as a plain file name on every platform the app ships to: one path segment that no file
 * system reads as a folder, a drive, an alternate data stream, a parent reference or a device, and that shows
 * the person the name that is really written.
 */

export const MAX_FILE_NAME_LENGTH = 255;

/**
 * Windows' device names, whatever the case and whatever follows the first dot: "CON.ics" or "nul .txt" open the
 * console or the null device instead of a file. The superscript digits and CONIN$/CONOUT$ are devices too.
 */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/iu;

/**
 * Bidirectional controls (embeddings, overrides, isolates and the direction marks): "invoice\u202Efdp.exe" shows
 * as "invoiceexe.pdf", so a name could look like a document and be a program.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;

/** True for a single, ordinary file name such as `Shanghai trip.ics`. */
export function isPlainFileName(name: string): boolean {
  if (name === '' || name === '.' || name === '..' || name.length > MAX_FILE_NAME_LENGTH) return false;
  for (const character of name) {
    // "/" and "\" separate folders; ":" names a drive or an NTFS stream on Windows; control characters
    // (NUL among them) truncate or corrupt names in native APIs.
    if (character === '/' || character === '\\' || character === ':' || character.charCodeAt(0) < 0x20) {
      return false;
    }
  }
  // Windows drops a trailing dot or space when it creates a file, so the name written is not the name asked for
  // (and "report." would replace "report").
  if (name.endsWith('.') || name.endsWith(' ')) return false;
  if (BIDI_CONTROL.test(name)) return false;
  return !WINDOWS_DEVICE.test(name.split('.')[0]!.trimEnd());
}
