/**
 * The text of an iCalendar file (RFC 5545) as every calendar reads it: TEXT values cleaned and escaped, and the
 * finished file with its lines folded at 75 octets of UTF-8 and ended with CRLF.
 *
 * The `ics` package (3.12) writes the events, but gets some of this wrong: it folds lines at 75 characters, not
 * octets (a Chinese line reached 199 octets), leaves CATEGORIES values and a VALARM's DESCRIPTION unescaped,
 * and writes whole-day durations as the invalid `P1DT`. {@link finishIcs} repairs what it writes; the callers
 * escape what it leaves unescaped with {@link escapeText}.
 */

/** Line breaks as "\n", other control characters (forbidden in iCalendar text) as spaces. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

/** For values on one line, such as UIDs and names in parameters. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/[\n\t]+/g, ' ');
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line break. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

const MAX_LINE_OCTETS = 75;

/** Octets of a character (one code point) in UTF-8. */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * The text `ics` wrote, made right: its own folding (at 75 characters, not octets) undone, durations ending in
 * a bare `T` (its `P1DT`, or `PT` for zero) repaired, every line folded again at 75 octets of UTF-8 without
 * splitting a character, and CRLF line ends throughout.
 */
export function finishIcs(text: string): string {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.split(/\r?\n/).filter((line) => line !== '');
  return `${lines.map((line) => foldLine(repairDuration(line))).join('\r\n')}\r\n`;
}

/** A TRIGGER or DURATION line ending in a bare `T` (ics's `P1DT`, or `PT` for zero) made valid; other lines as they are. */
export function repairDuration(line: string): string {
  const match = /^(TRIGGER|DURATION)(:|;[^:]*:)(-?)P([^T]*)T$/.exec(line);
  if (!match) return line;
  const [, name, separator, sign, days] = match;
  return `${name}${separator}${sign}P${days || 'T0S'}`;
}

/** A content line folded at 75 octets; each continuation line starts with one space, which counts. */
export function foldLine(line: string): string {
  // Every character takes at most 3 octets per UTF-16 unit, so a short line needs no counting.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line;
  // ASCII is an octet a character: cut every 75, then every 74 (the continuation's space counts).
  // eslint-disable-next-line no-control-regex -- the whole of ASCII, control characters included
  if (/^[\u0000-\u007f]*$/.test(line)) {
    if (line.length <= MAX_LINE_OCTETS) return line;
    let folded = line.slice(0, MAX_LINE_OCTETS);
    for (let at = MAX_LINE_OCTETS; at < line.length; at += MAX_LINE_OCTETS - 1) folded += `\r\n ${line.slice(at, at + MAX_LINE_OCTETS - 1)}`;
    return folded;
  }
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
