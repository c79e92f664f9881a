import { describe, expect, it } from 'vitest';
import { localAddressLabel } from '../../../../src/domain/calendars/local-address-label';

describe('the label of an address in local script', () => {
  it('names Chinese in a Chinese city, and says it is for the driver', () => {
    expect(localAddressLabel('北京市朝阳区光华路11号', 'CN')).toBe('Address in Chinese (show to the driver)');
    expect(localAddressLabel('香港中環皇后大道中', 'HK')).toBe('Address in Chinese (show to the driver)');
  });

  it('names Japanese by its kana, or by Han characters in a Japanese city', () => {
    expect(localAddressLabel('大阪市北区梅田３丁目１−１', 'JP')).toBe('Address in Japanese (show to the driver)');
    expect(localAddressLabel('とうきょうと', '')).toBe('Address in Japanese (show to the driver)');
  });

  it('names other scripts it knows, and calls the rest the address as written locally', () => {
    expect(localAddressLabel('서울특별시 중구', 'KR')).toBe('Address in Korean (show to the driver)');
    expect(localAddressLabel('Москва, Тверская улица', 'RU')).toBe('Address in Cyrillic (show to the driver)');
    expect(localAddressLabel('Königsallee 1, Düsseldorf', 'DE')).toBe('Address as written locally (show to the driver)');
  });
});
