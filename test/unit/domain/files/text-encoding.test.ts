import { describe, expect, it } from 'vitest';
import { decodeAs, decodeText } from '../../../../src/domain/files/text-encoding';
import { gb18030, utf16, utf8, windows1252 } from './text-encodings';

const IRISH = 'Title;First name;Last name\r\nMs;Siobhán;Ó Briain\r\nMr;José;Müller\r\nDr;Zoë;Brontë\r\n';
const CHINESE = '姓名,电子邮箱,单位\r\n张伟,zhang.wei@example.cn,深圳市科技创新委员会\r\n李娜,li.na@example.cn,上海交通大学\r\n';

describe('reading a file in the encoding it was written in', () => {
  it('reads UTF-8, with or without a byte-order mark, and takes the mark off', async () => {
    expect(await decodeText(utf8(IRISH))).toEqual({ text: IRISH, encoding: 'utf-8', foundBy: 'valid-utf-8' });
    expect(await decodeText(utf8(IRISH, true))).toEqual({ text: IRISH, encoding: 'utf-8', foundBy: 'byte-order-mark' });
  });

  it('reads UTF-16 by its byte-order mark, either way round, and little-endian without one', async () => {
    expect(await decodeText(utf16(IRISH, 'le'))).toEqual({ text: IRISH, encoding: 'utf-16le', foundBy: 'byte-order-mark' });
    expect(await decodeText(utf16(IRISH, 'be'))).toEqual({ text: IRISH, encoding: 'utf-16be', foundBy: 'byte-order-mark' });
    expect(await decodeText(utf16(IRISH, 'le', false))).toMatchObject({ text: IRISH, encoding: 'utf-16le', foundBy: 'detected' });
  });

  it('reads accented Irish, German and English names saved by Excel on Windows as Windows-1252', async () => {
    const read = await decodeText(windows1252(IRISH));
    expect(read).toEqual({ text: IRISH, encoding: 'windows-1252', foundBy: 'detected' });
    expect(read.text).toContain('Siobhán;Ó Briain');
  });

  it('reads a Chinese roster saved by Excel on a Chinese Windows as GB18030', async () => {
    expect(await decodeText(gb18030(CHINESE))).toEqual({ text: CHINESE, encoding: 'gb18030', foundBy: 'detected' });
  });

  it('reads the file in the encoding the organiser chose, whatever it looks like', async () => {
    expect(await decodeText(utf8('José'), 'windows-1252')).toEqual({ text: 'JosÃ©', encoding: 'windows-1252', foundBy: 'chosen' });
    expect(decodeAs(windows1252('José'), 'utf-8')).toBe('Jos\uFFFD');
    // A UTF-8 mark read as another encoding is still a mark, not "ï»¿".
    expect(decodeAs(utf8('Name', true), 'windows-1252')).toBe('Name');
  });
});
