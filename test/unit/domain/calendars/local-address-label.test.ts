import { describe, expect, it } from 'vitest';
import { localAddressLabel } from '../../../../src/domain/calendars/local-address-label';
import { inChinese, inEnglish } from '../../../builders/words';

const label = (text: string, country: string) => inEnglish(localAddressLabel(text, country));

describe('the label of an address in local script', () => {
  it('names Chinese in a Chinese city, and says it is for the driver', () => {
    expect(label('北京市朝阳区光华路11号', 'CN')).toBe('Address in Chinese (show to the driver): ' + '北京市朝阳区光华路11号');
    expect(label('香港中環皇后大道中', 'HK')).toBe('Address in Chinese (show to the driver): ' + '香港中環皇后大道中');
  });

  it('names Japanese by its kana, or by Han characters in a Japanese city', () => {
    expect(label('大阪市北区梅田３丁目１−１', 'JP')).toBe('Address in Japanese (show to the driver): ' + '大阪市北区梅田３丁目１−１');
    expect(label('とうきょうと', '')).toBe('Address in Japanese (show to the driver): ' + 'とうきょうと');
  });

  it('names other scripts it knows, and calls the rest the address as written locally', () => {
    expect(label('서울특별시 중구', 'KR')).toBe('Address in Korean (show to the driver): ' + '서울특별시 중구');
    expect(label('Москва, Тверская улица', 'RU')).toBe('Address in Cyrillic (show to the driver): ' + 'Москва, Тверская улица');
    expect(label('Königsallee 1, Düsseldorf', 'DE')).toBe('Address as written locally (show to the driver): ' + 'Königsallee 1, Düsseldorf');
  });

  it('is written in Chinese for a Chinese reader', () => {
    expect(inChinese(localAddressLabel('北京市朝阳区光华路11号', 'CN'))).toBe('中文地址（请出示给司机）：北京市朝阳区光华路11号');
    expect(inChinese(localAddressLabel('Königsallee 1', 'DE'))).toBe('当地文字地址（请出示给司机）：Königsallee 1');
  });
});
