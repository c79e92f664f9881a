/**
 * The paths the team space is reached by, checked before any request or file is touched: relative, of plain
 * segments (lowercase letters, digits, dot and hyphen), never `.` or `..`. A path that is not one of these
 * cannot name anything outside the space, on a server or on a disk, whatever the page asks. Nor any name Windows
 * cannot keep (a device name such as `con` or `nul.dpt`, a final dot), since the folder may be synced to Windows.
 */
import type { SpaceFailure } from './team-space';

const SEGMENT = /^[a-z0-9.-]{1,255}$/;
const MAX_PATH_LENGTH = 1024;

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/;

const plainSegment = (segment: string) => SEGMENT.test(segment) && !segment.endsWith('.') && !WINDOWS_DEVICE.test(segment);

/** The segments of a file's path (`computers/ab12/00000001.dpt`), or null when it is not a plain relative path. */
export function fileSegments(path: unknown): string[] | null {
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH_LENGTH) return null;
  const segments = path.split('/');
  return segments.every(plainSegment) ? segments : null;
}

/** The segments of a folder's path ('' is the root; a final slash is allowed), or null when it is not plain. */
export function folderSegments(path: unknown): string[] | null {
  if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH) return null;
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '' ? [] : fileSegments(trimmed);
}

/** The failure of a request refused for its path. */
export function refusedPath(path: unknown): SpaceFailure {
  const shown = typeof path === 'string' ? JSON.stringify(path.slice(0, 200)) : typeof path;
  return { problem: 'refused', status: null, detail: `${shown} is not a path inside the team space` };
}
