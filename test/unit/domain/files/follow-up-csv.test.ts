import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../src/domain/engagements/engagement';
import { followUpsCsv, followUpsFileStem, type FollowUpRow } from '../../../../src/domain/files/follow-up-csv';
import { localeOf } from '../../../../src/i18n/locale';
import { testI18n } from '../../../builders/words';

const english = localeOf(testI18n('en'));
const chinese = localeOf(testI18n('zh-CN'));

const followUp = (overrides: Partial<FollowUp> = {}): FollowUp => ({
  id: 'f',
  tripId: 't',
  engagementId: 'e',
  description: 'Send the signed MoU to both universities',
  owner: 'Dr Joanne Phoenix',
  dueDate: '2016-11-25',
  done: false,
  createdAt: '2016-11-12T00:00:00Z',
  ...overrides,
});

const row = (overrides: Partial<FollowUp> = {}): FollowUpRow => ({
  followUp: followUp(overrides),
  engagementTitle: 'Sensor City – Zhengxin Group MoU signing',
  engagementDate: '2016-11-12',
  tripName: 'Tianjin sensor mission',
});

describe('the follow-ups CSV', () => {
  it('has English headers for an English reader', () => {
    const [header, line] = followUpsCsv([row()], english).split('\r\n');
    expect(header).toBe('Trip,Engagement,Engagement date,Action,Owner,Due,Done');
    expect(line).toBe(
      'Tianjin sensor mission,Sensor City – Zhengxin Group MoU signing,2016-11-12,Send the signed MoU to both universities,Dr Joanne Phoenix,2016-11-25,no',
    );
  });

  it('has Chinese headers and yes or no for a Chinese reader, and keeps what was typed as typed', () => {
    const [header, open, done] = followUpsCsv([row(), row({ done: true, dueDate: null })], chinese).split('\r\n');
    expect(header).toBe('行程,活动,活动日期,事项,负责人,截止日期,已完成');
    expect(open).toBe(
      'Tianjin sensor mission,Sensor City – Zhengxin Group MoU signing,2016-11-12,Send the signed MoU to both universities,Dr Joanne Phoenix,2016-11-25,否',
    );
    expect(done?.endsWith(',,是')).toBe(true);
  });

  it('writes dates as YYYY-MM-DD in both languages, which spreadsheets read as dates', () => {
    for (const locale of [english, chinese]) {
      expect(followUpsCsv([row()], locale).split('\r\n')[1]).toContain(',2016-11-12,');
    }
  });

  it('proposes a file name in the reader’s language', () => {
    expect(followUpsFileStem(english)).toBe('follow-ups');
    expect(followUpsFileStem(english, 'Tianjin sensor mission')).toBe('Tianjin sensor mission follow-ups');
    expect(followUpsFileStem(chinese)).toBe('跟进事项');
    expect(followUpsFileStem(chinese, '深圳代表团访问旧金山')).toBe('深圳代表团访问旧金山 跟进事项');
  });
});
