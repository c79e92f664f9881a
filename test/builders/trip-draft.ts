/** Builders for trip drafts: `aTripDraft().named('Tianjin mission').from('2027-03-01').to('2027-03-10').build()`. */
import { emptyTripDraft, type TripDraft } from '../../src/domain/trip/trip';

export function aTripDraft(overrides: Partial<TripDraft> = {}) {
  let draft: TripDraft = {
    ...emptyTripDraft('Europe/London'),
    name: 'Tianjin innovation mission',
    startDate: '2027-03-01',
    endDate: '2027-03-10',
    ...overrides,
  };
  const builder = {
    named(name: string) {
      draft = { ...draft, name };
      return builder;
    },
    from(startDate: string) {
      draft = { ...draft, startDate };
      return builder;
    },
    to(endDate: string) {
      draft = { ...draft, endDate };
      return builder;
    },
    withHomeZone(homeZone: string) {
      draft = { ...draft, homeZone };
      return builder;
    },
    build(): TripDraft {
      return draft;
    },
  };
  return builder;
}
