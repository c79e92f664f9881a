import { describe, expect, it } from 'vitest';
import { parseHotelDraft, type HotelDraft } from '../../../../src/domain/route/hotel';
import { inChinese, inEnglish } from '../../../builders/words';

const aHotel = (fields: Partial<HotelDraft> = {}): HotelDraft => ({
  stopId: 'tianjin',
  name: 'Shangri-La Tianjin',
  nameLocal: '天津香格里拉大酒店',
  address: '328 Haihe East Road',
  addressLocal: '天津市河东区海河东路328号',
  phone: '+86 22 8418 8888',
  checkInDate: '2016-11-09',
  checkOutDate: '2016-11-11',
  notes: '',
  ...fields,
});

describe('a hotel booking', () => {
  it('is kept with its names and addresses trimmed', () => {
    const parsed = parseHotelDraft(aHotel({ name: '  Shangri-La Tianjin ' }));
    expect(parsed.ok && parsed.value.name).toBe('Shangri-La Tianjin');
  });

  it('asks for a name and a check-out after check-in, in either language', () => {
    const parsed = parseHotelDraft(aHotel({ name: ' ', checkOutDate: '2016-11-09' }));
    if (parsed.ok) throw new Error('accepted');
    expect(inEnglish(parsed.error.name!)).toBe('Enter the hotel’s name.');
    expect(inEnglish(parsed.error.checkOutDate!)).toBe('Check-out comes at least a day after check-in.');
    expect(inChinese(parsed.error.name!)).toBe('请输入酒店名称。');
    expect(inChinese(parsed.error.checkOutDate!)).toBe('退房日期至少应在入住日期后一天。');
  });

  it('names a date it cannot read', () => {
    const parsed = parseHotelDraft(aHotel({ checkInDate: 'soon' }));
    if (parsed.ok) throw new Error('accepted');
    expect(inEnglish(parsed.error.checkInDate!)).toBe('“soon” is not a date.');
    expect(inChinese(parsed.error.checkInDate!)).toBe('“soon”不是日期。');
  });
});
