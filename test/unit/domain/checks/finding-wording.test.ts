import { describe, expect, it } from 'vitest';
import {
  attendeeNotInCityMessage,
  doubleBookingMessage,
  engagementWhen,
  firstByRank,
  journeyClashMessage,
  journeyLabel,
  journeyTimingMessage,
  nightWithoutHotelMessage,
  outsideCityDatesMessage,
  suspiciousTimeMessage,
  tightTransferMessage,
  whoFromLeaders,
  whoLabel,
} from '../../../../src/domain/checks/finding-wording';
import { inChinese, inEnglish } from '../../../builders/words';
import {
  briefing,
  closingReception,
  context,
  earlyLeaver,
  foreignAffairs,
  forum,
  personId,
  qingdaoMeeting,
  retimed,
  sample,
  signing,
  siteVisit,
  stopId,
} from './sample-trip-for-checks';

const trip = context(sample);
const joe = personId('Joe Anderson');
const phil = personId('Phil Davies');
const ellen = personId('Ellen Cutler');
const sophie = personId('Sophie Marsden');
const journey = (from: string | null, to: string | null) =>
  sample.segments.find(
    (segment) =>
      segment.fromStopId === (from === null ? null : stopId(from)) && segment.toStopId === (to === null ? null : stopId(to)),
  )!;
const train = journey('Tianjin', 'Beijing');

describe('when an engagement is', () => {
  it('names the day, the local times and the city', () => {
    expect(inEnglish(engagementWhen(trip, signing))).toBe('Sat 12 Nov, 10:00–11:00 Tianjin');
  });

  it('says when it ends the next day', () => {
    expect(inEnglish(engagementWhen(trip, retimed(signing, '2016-11-12T23:00', '2016-11-13T01:00')))).toBe(
      'Sat 12 Nov, 23:00–01:00 next day Tianjin',
    );
  });

  it('says so when its city is not on the route', () => {
    expect(inEnglish(engagementWhen(trip, { ...signing, stopId: 'a city since deleted' }))).toBe('Sat 12 Nov, 10:00–11:00 an unknown city');
  });
});

describe('which journey', () => {
  it('names a train by its number, its cities and their times', () => {
    expect(inEnglish(journeyLabel(trip, train))).toBe('the train C2014 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing)');
  });

  it('gives the offset instead of a city whose time it is not, and the arrival’s day when it differs', () => {
    // Out of Manchester (not Liverpool) on London time, into Beijing (not Kunming) on Kunming's time: the
    // sample's first leg, as a journey of its own.
    const connecting = sample.segments.find((segment) => segment.fromStopId === null && segment.number === 'HU7908')!;
    const [change] = connecting.connections;
    const outbound = { ...connecting, arrival: change!.arrival, arrivalPlace: change!.arrivalPlace, connections: [] };
    expect(inEnglish(journeyLabel(trip, outbound))).toBe(
      `the flight HU7908 from Liverpool to ${trip.cityById.get(outbound.toStopId!)!.name} (Sat 5 Nov, 13:15 (UTC) – Sun 6 Nov, 06:55 (UTC+8))`,
    );
  });

  it('calls home “home” when the trip does not name it', () => {
    const { home: _home, ...homeless } = sample.trip;
    const outbound = journey(null, 'Kunming');
    expect(inEnglish(journeyLabel(context({ ...sample, trip: homeless }), outbound))).toMatch(/^the flight \S+ \+ \S+ from home to Kunming /);
  });

  it('names every leg’s number of a journey that connects, from its first departure to its last arrival', () => {
    const outbound = journey(null, 'Kunming');
    expect(inEnglish(journeyLabel(trip, outbound))).toBe(
      'the flight HU7908 + HU7279 from Liverpool to Kunming (Sat 5 Nov, 13:15 (UTC) – Sun 6 Nov, 13:45 Kunming)',
    );
  });
});

describe('who', () => {
  it('names one, two or three people in the trip’s order, and counts the rest', () => {
    expect(inEnglish(whoLabel(trip, [joe]))).toBe('Joe Anderson');
    expect(inEnglish(whoLabel(trip, [phil, joe]))).toBe('Joe Anderson and Councillor Phil Davies');
    expect(inEnglish(whoLabel(trip, [ellen, phil, joe]))).toBe('Joe Anderson, Councillor Phil Davies and Ellen Cutler');
    expect(inEnglish(whoLabel(trip, [sophie, ellen, phil, joe]))).toBe('Joe Anderson, Councillor Phil Davies and 2 others');
  });

  it('still reads when someone is not in the directory, or no one is named', () => {
    expect(inEnglish(whoLabel(trip, ['nobody-we-know']))).toBe('someone not in the directory');
    expect(inEnglish(whoFromLeaders(trip, [joe, phil, 'nobody-we-know'], 3))).toBe('Joe Anderson, Councillor Phil Davies and one other');
    expect(inEnglish(whoLabel(trip, []))).toBe('Nobody');
  });

  it('names the leaders it is given and counts everyone', () => {
    expect(inEnglish(whoFromLeaders(trip, [joe, phil, ellen], 40))).toBe('Joe Anderson, Councillor Phil Davies and 38 others');
  });

  it('picks the first people on the trip’s list, in that order, those not on the trip last', () => {
    expect(firstByRank(trip, ['stranger', sophie, ellen, phil, joe], 3)).toEqual([joe, phil, ellen]);
    expect(firstByRank(trip, ['stranger', sophie], 3)).toEqual([sophie, 'stranger']);
    expect(firstByRank(trip, [sophie, joe], 1)).toEqual([joe]);
  });
});

describe('the sentences of findings', () => {
  it('says who is at two engagements at once, shortening the second on the same day and in the same city', () => {
    const clash = retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00');
    expect(inEnglish(doubleBookingMessage(trip, whoLabel(trip, [joe]), 1, signing, clash))).toBe(
      'Joe Anderson is at “Sensor City – Zhengxin Group MoU signing ceremony” (Sat 12 Nov, 10:00–11:00 Tianjin) and “Visit to the proposed site of the Chinese Sensor City” (10:30–12:00) at once.',
    );
    expect(inEnglish(doubleBookingMessage(trip, whoLabel(trip, [joe, ellen]), 2, signing, { ...clash, stopId: stopId('Beijing') }))).toBe(
      'Joe Anderson and Ellen Cutler are at “Sensor City – Zhengxin Group MoU signing ceremony” (Sat 12 Nov, 10:00–11:00 Tianjin) and “Visit to the proposed site of the Chinese Sensor City” (Sat 12 Nov, 10:30–12:00 Beijing) at once.',
    );
  });

  it('says who is on a journey during an engagement', () => {
    const during = retimed(briefing, '2016-11-13T10:15', '2016-11-13T11:00');
    expect(inEnglish(journeyClashMessage(trip, whoFromLeaders(trip, [joe], 6), 6, during, train))).toBe(
      'Joe Anderson and 5 others are on the train C2014 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing) during “Trade briefing at the British Embassy” (Sun 13 Nov, 10:15–11:00 Beijing).',
    );
  });

  it('says how little time there is between venues, naming the city where a venue is not given', () => {
    const next = retimed(foreignAffairs, '2016-11-07T12:20', '2016-11-07T13:00');
    expect(inEnglish(tightTransferMessage(trip, whoLabel(trip, [joe]), 1, forum, next, 20))).toBe(
      'Joe Anderson has 20 minutes to get from “Yunnan – Liverpool City Region business forum” at Spring City Conference Centre (ends 12:00) to “Meeting with the Kunming Municipal Foreign Affairs Office” at Kunming Municipal Foreign Affairs Office (Mon 7 Nov, starts 12:20 Kunming); allow at least 45.',
    );
    expect(inEnglish(tightTransferMessage(context(sample, 30), whoLabel(trip, [joe, ellen]), 2, forum, { ...next, venue: { ...next.venue, name: '' } }, 20))).toBe(
      'Joe Anderson and Ellen Cutler have 20 minutes to get from “Yunnan – Liverpool City Region business forum” at Spring City Conference Centre (ends 12:00) to “Meeting with the Kunming Municipal Foreign Affairs Office” at Kunming (Mon 7 Nov, starts 12:20 Kunming); allow at least 30.',
    );
  });

  it('says when an engagement is outside its city’s dates', () => {
    const qingdao = trip.cityById.get(stopId('Qingdao'))!;
    expect(inEnglish(outsideCityDatesMessage(qingdaoMeeting, '2016-11-18', qingdao))).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce” is on Fri 18 Nov in Qingdao, but the delegation is there from Tue 15 Nov to Thu 17 Nov.',
    );
  });

  it('says who is down for an engagement in a city they are not in', () => {
    expect(inEnglish(attendeeNotInCityMessage(trip, [earlyLeaver], closingReception))).toMatch(
      /^\S.* is down for “.*closing reception.*” \(\w{3} \d+ Nov, \d\d:\d\d–\d\d:\d\d Shanghai\) but is not in Shanghai on their part of the route\.$/,
    );
  });

  it('says when a start looks typed in the wrong zone, with a hint only when there is one', () => {
    const early = retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00');
    expect(inEnglish(suspiciousTimeMessage(trip, early, 'Europe/London', '2016-11-16T11:00'))).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce” starts at 03:00 in Qingdao on Wed 16 Nov — if 03:00 was Liverpool time, it would be 11:00 in Qingdao. Check the time zone.',
    );
    expect(inEnglish(suspiciousTimeMessage(trip, early, 'America/Los_Angeles', '2016-11-16T19:00'))).toContain(
      'if 03:00 was Los Angeles time, it would be 19:00 in Qingdao',
    );
    expect(inEnglish(suspiciousTimeMessage(trip, early, 'Pacific/Auckland', '2016-11-15T22:00'))).toContain(
      'it would be 22:00 on Tue 15 Nov in Qingdao',
    );
    expect(inEnglish(suspiciousTimeMessage(trip, early, 'Asia/Shanghai', null))).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce” starts at 03:00 in Qingdao on Wed 16 Nov. Check the time zone.',
    );
  });

  it('says which night has no hotel, counting the people when there are several', () => {
    expect(inEnglish(nightWithoutHotelMessage(trip, stopId('Shanghai'), '2016-11-17', [joe]))).toBe(
      'No hotel is booked in Shanghai for the night of Thu 17 Nov, for Joe Anderson.',
    );
    expect(inEnglish(nightWithoutHotelMessage(trip, stopId('Shanghai'), '2016-11-17', [ellen, joe, phil]))).toBe(
      'No hotel is booked in Shanghai for the night of Thu 17 Nov, for Joe Anderson, Councillor Phil Davies and Ellen Cutler (3 people).',
    );
  });

  it('says a journey arrives too late or leaves too early, as a sentence', () => {
    const early = retimed(briefing, '2016-11-13T08:00', '2016-11-13T09:00');
    expect(inEnglish(journeyTimingMessage(trip, 'arrival', train, early, [joe]))).toBe(
      'The train C2014 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing) arrives after “Trade briefing at the British Embassy” starts (Sun 13 Nov, 08:00–09:00 Beijing), for Joe Anderson.',
    );
    const late = retimed(signing, '2016-11-13T11:00', '2016-11-13T12:00');
    expect(inEnglish(journeyTimingMessage(trip, 'departure', train, late, [joe, phil]))).toBe(
      'The train C2014 from Tianjin to Beijing (Sun 13 Nov, 10:00 Tianjin – 10:33 Beijing) leaves before “Sensor City – Zhengxin Group MoU signing ceremony” ends (Sun 13 Nov, 11:00–12:00 Tianjin), for Joe Anderson and Councillor Phil Davies.',
    );
  });
});

describe('the sentences of findings in Chinese', () => {
  it('says who is double-booked, with the days written the Chinese way', () => {
    const clash = retimed(siteVisit, '2016-11-12T10:30', '2016-11-12T12:00');
    expect(inChinese(doubleBookingMessage(trip, whoLabel(trip, [joe, ellen]), 2, signing, clash))).toBe(
      'Joe Anderson和Ellen Cutler同时被安排在“Sensor City – Zhengxin Group MoU signing ceremony”（11月12日 周六 10:00–11:00，天津）和“Visit to the proposed site of the Chinese Sensor City”（10:30–12:00）。',
    );
  });

  it('names a journey from its cities, with each end’s time', () => {
    expect(inChinese(journeyLabel(trip, train))).toBe('天津至北京的列车C2014（11月13日 周日 天津10:00 – 北京10:33）');
  });

  it('counts the people it does not name', () => {
    expect(inChinese(whoFromLeaders(trip, [joe, phil, ellen], 40))).toBe('Joe Anderson、Councillor Phil Davies及另外38人');
    expect(inChinese(whoLabel(trip, []))).toBe('无人');
  });

  it('says when an engagement is outside its city’s dates', () => {
    const qingdao = trip.cityById.get(stopId('Qingdao'))!;
    expect(inChinese(outsideCityDatesMessage(qingdaoMeeting, '2016-11-18', qingdao))).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce”安排在11月18日 周五（青岛），但代表团在青岛的日期为11月15日 周二至11月17日 周四。',
    );
  });

  it('says when a start looks typed in the wrong zone, and asks to check it', () => {
    const early = retimed(qingdaoMeeting, '2016-11-16T03:00', '2016-11-16T04:00');
    expect(inChinese(suspiciousTimeMessage(trip, early, 'Europe/London', '2016-11-16T11:00'))).toBe(
      '“Meeting with the Qingdao Municipal Bureau of Commerce”在青岛的开始时间为11月16日 周三 03:00——如果03:00是利物浦时间，在青岛应为11:00。请检查时区。',
    );
  });

  it('says which night has no hotel, and for how many', () => {
    expect(inChinese(nightWithoutHotelMessage(trip, stopId('Shanghai'), '2016-11-17', [joe, phil, ellen]))).toBe(
      '11月17日 周四晚在上海未预订酒店，涉及Joe Anderson、Councillor Phil Davies和Ellen Cutler（共3人）。',
    );
  });
});
