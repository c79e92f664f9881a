/**
 * A calendar's events as one iCalendar text, to write a new calendar in one request rather than one per event.
 *
 * Some servers take a whole calendar PUT to the collection's address and keep each event of it as a resource of
 * its own, named by its UID (Radicale, whose web page uploads calendars so; DAViCal). For a calendar just made
 * that is one request where there would be hundreds, and on Radicale far less work: it checks a new event's UID
 * against every event already in the collection, so writing them one by one takes time that grows with the
 * square of their number. Servers that do not take it (SabreDAV, so Nextcloud; Apache's mod_dav) refuse it, and
 * the events are written one by one as before (caldav-server.ts).
 *
 * The texts joined are the events' own: each one VCALENDAR holding VEVENTs only (with their VALARMs), as
 * calendar-files.ts writes them. Anything else (a VTIMEZONE, another component) is not joined: such a calendar
 * is written event by event.
 */
import { foldLine } from '../domain/calendars/icalendar-text';

/** One calendar text's lines, continuation lines kept with the line they continue. */
function contentLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += `\r\n${line}`;
    else lines.push(line);
  }
  return lines;
}

const nameOf = (line: string) => line.slice(0, line.search(/[;:]|$/)).toUpperCase();

/** The VCALENDAR's own properties, and its components' lines; null unless it is one VCALENDAR of VEVENTs. */
function parts(text: string): { properties: string[]; components: string[] } | null {
  const lines = contentLines(text);
  if (lines.length < 2 || lines[0]!.toUpperCase() !== 'BEGIN:VCALENDAR' || lines[lines.length - 1]!.toUpperCase() !== 'END:VCALENDAR') return null;
  const properties: string[] = [];
  const components: string[] = [];
  let depth = 0;
  for (const line of lines.slice(1, -1)) {
    const name = nameOf(line);
    const value = line.slice(line.indexOf(':') + 1).toUpperCase();
    if (name === 'BEGIN') {
      if (depth === 0 && value !== 'VEVENT') return null;
      depth += 1;
    }
    if (depth === 0) {
      // A calendar's own name is given once, by the caller; a METHOD does not belong in a stored calendar.
      if (name !== 'X-WR-CALNAME' && name !== 'METHOD') properties.push(line);
    } else {
      components.push(line);
    }
    if (name === 'END') {
      depth -= 1;
      if (depth < 0) return null;
    }
  }
  return depth === 0 && components.length > 0 ? { properties, components } : null;
}

/** A name as an RFC 5545 TEXT value on one line (as the calendar files write it): backslash, semicolon and comma escaped. */
const nameText = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters (line breaks among them) are exactly what is replaced
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,');

/**
 * The events' texts as one calendar named `displayName` (X-WR-CALNAME, which such servers take as the
 * collection's name), or null when one of them is not a VCALENDAR of VEVENTs only.
 */
export function wholeCalendarText(displayName: string, texts: readonly string[]): string | null {
  const lines: string[] = [];
  let head: string[] | null = null;
  for (const text of texts) {
    const part = parts(text);
    if (!part) return null;
    head ??= part.properties;
    lines.push(...part.components);
  }
  if (!head) return null;
  return ['BEGIN:VCALENDAR', ...head, foldLine(`X-WR-CALNAME:${nameText(displayName)}`), ...lines, 'END:VCALENDAR', ''].join('\r\n');
}
