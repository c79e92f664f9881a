import { describe, expect, it } from 'vitest';
import { newCityDraft, newHotelDraft, nextJourneyDraft } from '../../../../src/domain/route/new-route-drafts';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';

let counter = 0;
const sample = buildSampleTrip({ now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` });
const city = (name: string) => sample.stops.find((stop) => stop.name === name)!;

describe('a new city', () => {
  it('arrives where the route ends now, for two nights, with the place picked', () => {
    const place = { name: 'Hangzhou', nameLocal: '杭州', country: 'CN', timeZone: 'Asia/Shanghai', latitude: 30.29, longitude: 120.16 };
    expect(newCityDraft(sample, place as Parameters<typeof newCityDraft>[1])).toMatchObject({
      name: 'Hangzhou',
      nameLocal: '杭州',
      timeZone: 'Asia/Shanghai',
      arrivalDate: city('Shanghai').departureDate,
      departureDate: '2016-11-21',
    });
  });

  it('starts on the trip’s first day on an empty route, with nothing typed for it', () => {
    const draft = newCityDraft({ trip: sample.trip, stops: [] }, null);
    expect(draft).toMatchObject({ name: '', timeZone: '', arrivalDate: sample.trip.startDate, latitude: null });
  });
});

describe('the next journey', () => {
  it('is the first leg with no journey yet: home to Kunming on an empty plan, by flight, each end in its zone', () => {
    const draft = nextJourneyDraft({ ...sample, segments: [] });
    expect(draft).toMatchObject({
      fromStopId: null,
      toStopId: city('Kunming').id,
      mode: 'flight',
      departureLocal: `${city('Kunming').arrivalDate}T`,
      departureZone: sample.trip.homeZone,
      arrivalZone: 'Asia/Shanghai',
      travellerIds: null,
    });
  });

  it('leaves on the day its city is left', () => {
    const beijing = city('Beijing');
    const qingdao = city('Qingdao');
    const segments = sample.segments.filter((segment) => !(segment.fromStopId === beijing.id && segment.toStopId === qingdao.id));
    expect(nextJourneyDraft({ ...sample, segments })).toMatchObject({
      fromStopId: beijing.id,
      toStopId: qingdao.id,
      departureLocal: `${beijing.departureDate}T`,
    });
  });
});

describe('a new hotel', () => {
  it('is at its city for all its nights', () => {
    const tianjin = city('Tianjin');
    expect(newHotelDraft(tianjin)).toMatchObject({ stopId: tianjin.id, name: '', checkInDate: tianjin.arrivalDate, checkOutDate: tianjin.departureDate });
  });
});
