/**
 * What counts as a plain file name on every platform the app ships to: one path segment that no file
 * system reads as a folder, a drive, an alternate data stream or a parent reference.
 */

export const MAX_FILE_NAME_LENGTH = 255;

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
  return true;
}
