import { describe, expect, it } from 'vitest';
import { cleanText, escapeText, finishIcs, foldLine, oneLine } from '../../../../src/domain/calendars/icalendar-text';

describe('the text of an iCalendar file', () => {
  it('folds at 75 octets counting the space that starts each continuation line', () => {
    const line = `LOCATION:${'天津市和平区解放北路'.repeat(10)}😀${'x'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('repairs the durations ics 3.12 writes with a bare T', () => {
    const text = finishIcs('BEGIN:VALARM\r\nTRIGGER:-P1DT\r\nDURATION:PT\r\nTRIGGER:-PT\r\nEND:VALARM\r\n');
    expect(text).toBe('BEGIN:VALARM\r\nTRIGGER:-P1D\r\nDURATION:PT0S\r\nTRIGGER:-PT0S\r\nEND:VALARM\r\n');
  });

  it('undoes the folding ics does itself before folding again', () => {
    expect(finishIcs('DESCRIPTION:abc\r\n\tdef\r\n')).toBe('DESCRIPTION:abcdef\r\n');
  });

  it('ends every line with CRLF, whatever line ends it is given, and drops empty lines', () => {
    expect(finishIcs('BEGIN:VCALENDAR\nVERSION:2.0\n\nEND:VCALENDAR')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
  });

  it('leaves a line of 75 octets whole and folds one of 76', () => {
    const whole = `SUMMARY:${'x'.repeat(67)}`;
    expect(Buffer.byteLength(whole, 'utf8')).toBe(75);
    expect(foldLine(whole)).toBe(whole);
    expect(foldLine(`${whole}y`)).toBe(`${whole}\r\n y`);
  });
});

describe('text values', () => {
  it('keep line breaks as \\n and turn other control characters into spaces', () => {
    expect(cleanText('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
    expect(cleanText('bell\u0007 and\u001b escape\u007f, tab\tkept')).toBe('bell  and  escape , tab\tkept');
  });

  it('go on one line for UIDs and parameters: breaks and tabs become one space', () => {
    expect(oneLine('Ellen\r\n\tCutler\u0000')).toBe('Ellen Cutler ');
  });

  it('escape backslash, semicolon, comma and line break, as RFC 5545 asks of TEXT', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
