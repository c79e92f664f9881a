import { describe, expect, it } from 'vitest';
import { checkLinks, websiteFromFile } from '../../../../src/domain/files/link-checks';

describe('links brought in by a file', () => {
  it('takes a website as the form stores it, and an http:// one as https', () => {
    expect(websiteFromFile('https://www.gov.uk/world')).toBe('https://www.gov.uk/world');
    expect(websiteFromFile(' zhengxin.example ')).toBe('https://zhengxin.example');
    expect(websiteFromFile('http://old.example.cn/en')).toBe('https://old.example.cn/en');
    expect(websiteFromFile('HTTP://OLD.example.cn')).toBe('https://OLD.example.cn');
    expect(websiteFromFile('')).toBe('');
  });

  it('refuses anything that is not a web address', () => {
    for (const written of ['javascript:alert(1)', 'JavaScript:void(0)', 'file:///C:/Windows', 'data:text/html,<b>hi</b>', 'mailto:a@example.com', 'http://', '//example.com', 'http://user:secret@example.com']) {
      expect(websiteFromFile(written), written).toBeNull();
    }
  });

  it('copies only the organisations whose website changes', () => {
    const kept = { id: 'o-1', name: 'Zhengxin Group', website: 'https://zhengxin.example' };
    const upgraded = { id: 'o-2', name: 'Tianjin Port', website: 'http://tianjinport.example' };
    const tables = { organisations: [kept, upgraded], trips: [] };
    const checked = checkLinks(tables);
    expect(checked).toEqual({ ok: true, value: { organisations: [kept, { ...upgraded, website: 'https://tianjinport.example' }], trips: [] } });
    expect(checked.ok && checked.value.organisations![0]).toBe(kept);
    expect(upgraded.website).toBe('http://tianjinport.example');
    expect(checkLinks({ organisations: [kept] })).toEqual({ ok: true, value: { organisations: [kept] } });
  });
});
