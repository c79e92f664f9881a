import { describe, expect, it } from 'vitest';
import { buildSampleTrip } from '../../../../src/domain/trip/sample-trip';
import { zonedTime } from '../../../../src/domain/shared/time';
import { createTripFile, type TripFile, type TripFileTables } from '../../../../src/domain/files/trip-file';
import {
  PLAN_TABLES,
  planTripImport,
  recordKey,
  recordsToWrite,
  type PlannedRecord,
  type RecordsHere,
  type TablePlan,
  type TripImportPlan,
} from '../../../../src/domain/files/trip-import-plan';
import { baseOfFile, type TripFileBase } from '../../../../src/domain/files/trip-file-base';
import { inChinese, inEnglish } from '../../../builders/words';
import type { TripBundle } from '../../../../src/domain/trip/trip-bundle';

const APP = { name: 'Delegation Planner', version: '0.1.0' };
const SAVED = '2026-11-21T09:00:00.000Z';
const LATER = '2026-11-25T16:30:00.000Z';

function sampleBundle(): TripBundle {
  let counter = 0;
  return buildSampleTrip({ now: SAVED, newId: () => `id-${++counter}` });
}

/** The sample trip as a colleague sends it back, after `edit` changed their copy. */
function aCopy(edit: (bundle: TripBundle) => void = () => {}, createdAt = '2026-11-26T08:00:00.000Z'): TripFile {
  const bundle = structuredClone(sampleBundle());
  edit(bundle);
  return createTripFile(APP, createdAt, bundle, { versionId: 'their-copy', baseId: 'both-started-from' });
}

/** This computer holding the sample trip as `edit` left it. */
function hereWith(edit: (bundle: TripBundle) => void = () => {}): RecordsHere {
  const bundle = structuredClone(sampleBundle());
  edit(bundle);
  const { trip, organisations, contacts, people, stops, segments, accommodations, memberships, engagements, followUps, acknowledgements } = bundle;
  const { rooms, resources, assignments } = bundle;
  const tables: TripFileTables = {
    organisations,
    contacts,
    people,
    stops,
    segments,
    accommodations,
    memberships,
    engagements,
    followUps,
    acknowledgements,
    rooms,
    resources,
    assignments,
  };
  return { trip, tables };
}

const NOTHING_HERE: RecordsHere = {
  trip: undefined,
  tables: { organisations: [], contacts: [], people: [], stops: [], segments: [], accommodations: [], memberships: [], engagements: [], followUps: [], acknowledgements: [], rooms: [], resources: [], assignments: [] },
};

function at(local: string, zone = 'Asia/Shanghai') {
  const time = zonedTime(local, zone);
  if (!time.ok) throw new Error(time.error.kind);
  return time.value;
}

const stop = (bundle: TripBundle, name: string) => bundle.stops.find((candidate) => candidate.name === name)!;


/** The plan as an English reader sees its preview: labels, fields, summary, warnings and refusal in words. */
function inWords(plan: TripImportPlan, word: typeof inEnglish = inEnglish) {
  const record = (planned: PlannedRecord) => ({
    ...planned,
    label: word(planned.label),
    fields: planned.fields.map(word),
    description: word(planned.description),
  });
  const table = (tablePlan: TablePlan) => ({
    added: tablePlan.added.map(record),
    updated: tablePlan.updated.map(record),
    removed: tablePlan.removed.map(record),
    kept: tablePlan.kept.map(record),
    unchanged: tablePlan.unchanged.map(record),
  });
  return {
    ...plan,
    original: plan,
    tables: Object.fromEntries(PLAN_TABLES.map((name) => [name, table(plan.tables[name])])) as Record<keyof TripImportPlan['tables'], ReturnType<typeof table>>,
    summary: plan.summary.map(word),
    warnings: plan.warnings.map(word),
    refusal: plan.refusal === null ? null : word(plan.refusal),
  };
}

function planned(file: TripFile, here: RecordsHere) {
  return inWords(planTripImport(file, here));
}

describe('importing a trip that is not here', () => {
  it('is a new trip, with every record added and the preview counting what it holds', () => {
    const plan = planned(aCopy(), NOTHING_HERE);

    expect(plan.kind).toBe('new');
    expect(plan.tripName).toBe('Liverpool City Region trade mission to China');
    expect(plan.tables.trips.added).toHaveLength(1);
    expect(plan.tables.engagements.added).toHaveLength(14);
    expect(plan.tables.people.added).toHaveLength(20);
    expect(plan.tables.engagements.removed).toEqual([]);
    expect(plan.hasChanges).toBe(true);
    expect(plan.refusal).toBeNull();
    expect(plan.summary[0]).toBe(
      'A new trip: Liverpool City Region trade mission to China, with 6 cities, 10 journeys, 7 hotels, 20 members, 14 engagements, 3 follow-ups, 103 rooms, 11 vehicles, interpreters and guides and 32 bookings of vehicles and interpreters.',
    );
    expect(plan.summary).toContain(
      '19 organisations added: Invest Liverpool, Liverpool City Council, Wirral Council, Sensor City, University of Liverpool and 14 more.',
    );
    expect(plan.warnings).toEqual([]);
  });

  it('updates the directory records it shares with this computer instead of adding them again', () => {
    const here = hereWith();
    const plan = planned(aCopy(), { ...NOTHING_HERE, tables: { ...NOTHING_HERE.tables, people: here.tables.people } });

    expect(plan.kind).toBe('new');
    expect(plan.tables.people.added).toEqual([]);
    expect(plan.tables.people.unchanged).toHaveLength(20);
  });
});

describe('importing a newer copy of a trip that is here', () => {
  it('the same copy again changes nothing, and says so', () => {
    const plan = planned(aCopy(), hereWith());

    expect(plan.kind).toBe('update');
    expect(plan.hasChanges).toBe(false);
    expect(plan.tables.engagements.unchanged).toHaveLength(14);
    expect(plan.summary).toEqual(['Liverpool City Region trade mission to China here is the same as in this file: nothing to change.']);
  });

  it('names each record changed and its fields in words: "Tianjin: arrival date"', () => {
    const file = aCopy((bundle) => {
      stop(bundle, 'Tianjin').arrivalDate = '2016-11-10';
      const signing = bundle.engagements[2]!;
      signing.start = at('2016-11-06T10:30');
      signing.end = at('2016-11-06T11:30');
      signing.calendar = { ...signing.calendar, sequence: 1 };
      signing.updatedAt = LATER;
      bundle.trip.endDate = '2016-11-20';
    });

    const plan = planned(file, hereWith());

    expect(plan.tables.stops.updated).toEqual([
      expect.objectContaining({ label: 'Tianjin', fields: ['arrival date'], description: 'Tianjin: arrival date', changedHere: false }),
    ]);
    expect(plan.tables.engagements.updated.map((record) => record.description)).toEqual([
      'Meeting with the Kunming Municipal Foreign Affairs Office: time',
    ]);
    expect(plan.summary).toEqual([
      'The trip changed: end date.',
      '1 city changed: Tianjin (arrival date).',
      '1 engagement changed: Meeting with the Kunming Municipal Foreign Affairs Office (time).',
    ]);
  });

  it('removes the trip’s records the newer copy no longer holds, but never a directory record', () => {
    const here = hereWith();
    const hotel = here.tables.accommodations[3]!;
    const file = aCopy((bundle) => {
      bundle.accommodations = bundle.accommodations.filter((stay) => stay.id !== hotel.id);
      bundle.people = bundle.people.slice(0, 19);
      bundle.memberships = bundle.memberships.filter((membership) => bundle.people.some((person) => person.id === membership.personId));
    });

    const plan = planned(file, here);

    expect(plan.tables.accommodations.removed.map((record) => record.id)).toEqual([hotel.id]);
    expect(plan.tables.memberships.removed).toHaveLength(1);
    expect(plan.tables.people.removed).toEqual([]);
    expect(plan.summary).toContain(`1 hotel removed: ${hotel.name}.`);
  });

  it('adds what the newer copy added, naming a journey by its cities', () => {
    const file = aCopy((bundle) => {
      bundle.segments.push({
        ...bundle.segments[1]!,
        id: 'segment-new',
        fromStopId: stop(bundle, 'Tianjin').id,
        toStopId: stop(bundle, 'Beijing').id,
        number: 'G1234',
      });
    });

    const plan = planned(file, hereWith());

    expect(plan.tables.segments.added.map((record) => record.label)).toEqual(['Tianjin → Beijing (G1234)']);
    expect(plan.summary).toEqual(['1 journey added: Tianjin → Beijing (G1234).']);
    expect(recordsToWrite(plan.original, file, 'segments').map((segment) => segment.id)).toEqual(['segment-new']);
    expect(recordsToWrite(plan.original, file, 'trips')).toEqual([]);
  });

  it('a record that was only saved again is written, but not told as a change', () => {
    const file = aCopy((bundle) => {
      bundle.trip.updatedAt = LATER;
      bundle.people[0]!.updatedAt = LATER;
    });
    const plan = planned(file, hereWith());

    expect(plan.hasChanges).toBe(false);
    expect(plan.tables.people.updated).toEqual([expect.objectContaining({ fields: [], description: file.tables.people[0]!.name })]);
    expect(recordsToWrite(plan.original, file, 'trips')).toEqual([file.trip]);
    expect(plan.summary).toEqual(['Liverpool City Region trade mission to China here is the same as in this file: nothing to change.']);
  });

  it('a change of calendar details alone is still a change, named as such', () => {
    const plan = planned(
      aCopy((bundle) => {
        bundle.accommodations[0]!.calendar.sequence = 4;
      }),
      hereWith(),
    );
    expect(plan.tables.accommodations.updated[0]!.fields).toEqual(['calendar details']);
  });

  it('a person’s new organisation and e-mail are named in words', () => {
    const plan = planned(
      aCopy((bundle) => {
        bundle.people[0]!.email = 'someone.else@example.org';
        bundle.people[0]!.organisationId = bundle.organisations[3]!.id;
      }),
      hereWith(),
    );
    expect(plan.tables.people.updated[0]!.fields).toEqual(['organisation', 'e-mail']);
  });
});

describe('changes made here since the file was made', () => {
  it('flags a record saved here after the file’s copy of it, and warns that the file’s version replaces it', () => {
    const here = hereWith((bundle) => {
      bundle.engagements[0]!.objectives = 'Agree the follow-up visit';
      bundle.engagements[0]!.updatedAt = LATER;
      bundle.trip.updatedAt = LATER;
    });

    const plan = planned(aCopy(), here);

    expect(plan.changedHere).toBe(true);
    expect(plan.tables.engagements.updated).toEqual([
      expect.objectContaining({ fields: ['objectives'], changedHere: true }),
    ]);
    expect(plan.warnings).toEqual([
      'Changed on this computer since the file was made, and replaced by the file’s version: Welcome banquet hosted by the Kunming Municipal Government.',
    ]);
  });

  it('flags a record added here after the file’s last change, which the import removes', () => {
    const here = hereWith((bundle) => {
      bundle.engagements.push({ ...bundle.engagements[0]!, id: 'engagement-here', title: 'Breakfast with the consul', createdAt: LATER, updatedAt: LATER });
    });

    const plan = planned(aCopy(), here);

    expect(plan.tables.engagements.removed).toEqual([expect.objectContaining({ id: 'engagement-here', changedHere: true })]);
    expect(plan.warnings).toEqual([
      'Saved on this computer after the file’s last change, and not in the file, so removed: Breakfast with the consul.',
    ]);
  });

  it('does not flag a record the file changed last', () => {
    const plan = planned(
      aCopy((bundle) => {
        bundle.engagements[0]!.outcome = 'MoU signed';
        bundle.engagements[0]!.updatedAt = LATER;
      }),
      hereWith(),
    );
    expect(plan.tables.engagements.updated[0]!.changedHere).toBe(false);
    expect(plan.warnings).toEqual([]);
  });
});

describe('a file whose records are, here, part of another trip', () => {
  it('is refused, naming the record', () => {
    const here = hereWith();
    const other = { ...here.tables.engagements[0]!, tripId: 'trip-beijing' };
    const plan = planned(aCopy(), { ...here, tables: { ...here.tables, engagements: [other, ...here.tables.engagements.slice(1)] } });

    expect(plan.refusal).toBe(
      'This file cannot be imported: Welcome banquet hosted by the Kunming Municipal Government (engagement) is, on this computer, part of another trip. It was probably made from a copy of that trip; nothing was imported.',
    );
  });
});

describe('the preview in Chinese', () => {
  it('counts, names fields and refuses in Chinese, keeping names as typed', () => {
    const fresh = inWords(planTripImport(aCopy(), NOTHING_HERE), inChinese);
    expect(fresh.summary[0]).toBe('新行程：Liverpool City Region trade mission to China，包括6个城市、10段交通、7处酒店、20名成员、14项活动、3项后续事项、103间客房、11项车辆、翻译或导游和32项车辆或翻译安排。');
    expect(fresh.summary).toContain('新增19个机构：Invest Liverpool、Liverpool City Council、Wirral Council、Sensor City、University of Liverpool等，另有14项。');

    const changed = inWords(
      planTripImport(
        aCopy((bundle) => {
          stop(bundle, 'Tianjin').arrivalDate = '2016-11-10';
        }),
        hereWith(),
      ),
      inChinese,
    );
    expect(changed.summary).toEqual(['1个城市有改动：Tianjin（抵达日期）。']);

    const here = hereWith();
    const other = { ...here.tables.engagements[0]!, tripId: 'trip-beijing' };
    const refused = inWords(planTripImport(aCopy(), { ...here, tables: { ...here.tables, engagements: [other, ...here.tables.engagements.slice(1)] } }), inChinese);
    expect(refused.refusal).toBe(
      '无法导入此文件：Welcome banquet hosted by the Kunming Municipal Government（活动）在本机上属于另一个行程。此文件可能是由该行程的副本生成的；未导入任何数据。',
    );
  });
});

/** The sample trip as this computer sent it to the colleague: the version both started from. */
function theBase(): TripFileBase {
  const file = createTripFile(APP, SAVED, structuredClone(sampleBundle()), { versionId: 'both-started-from', baseId: null });
  return baseOfFile(file, 'sent', SAVED)!;
}

function merged(file: TripFile, here: RecordsHere, word: typeof inEnglish = inEnglish) {
  return inWords(planTripImport(file, here, theBase()), word);
}

const banquet = (bundle: TripBundle) => bundle.engagements[0]!;
const firstHotel = (bundle: TripBundle) => bundle.accommodations[0]!;

describe('a colleague’s copy made from a version this computer holds, merged field by field', () => {
  it('takes the time only the colleague changed and keeps the venue only changed here', () => {
    const file = aCopy((bundle) => {
      banquet(bundle).start = at('2016-11-04T19:30');
      banquet(bundle).updatedAt = LATER;
    });
    const here = hereWith((bundle) => {
      banquet(bundle).venue = { ...banquet(bundle).venue, name: 'Green Lake Hotel' };
      banquet(bundle).updatedAt = '2026-11-24T10:00:00.000Z';
    });

    const plan = merged(file, here);

    expect(plan.mergedWith).toEqual({ direction: 'sent', recordedAt: SAVED });
    expect(plan.changedHere).toBe(false);
    expect(plan.tables.engagements.updated).toEqual([expect.objectContaining({ fields: ['time'], clashes: [], changedHere: false })]);
    expect(plan.summary).toEqual(['1 engagement changed: Welcome banquet hosted by the Kunming Municipal Government (time).']);
    expect(plan.warnings).toEqual([]);
    const [written] = recordsToWrite(plan.original, file, 'engagements');
    expect(written?.start.local).toBe('2016-11-04T19:30');
    expect(written?.venue.name).toBe('Green Lake Hotel');
    expect(written?.updatedAt).toBe(LATER);
  });

  it('an engagement changed on both sides goes out to calendars again, its sequence past both sides’', () => {
    const file = aCopy((bundle) => {
      banquet(bundle).start = at('2016-11-04T19:30');
      banquet(bundle).calendar.sequence = 2;
    });
    const here = hereWith((bundle) => {
      banquet(bundle).venue = { ...banquet(bundle).venue, name: 'Green Lake Hotel' };
      banquet(bundle).calendar.sequence = 1;
    });

    const plan = merged(file, here);

    expect(plan.tables.engagements.updated[0]?.clashes).toEqual([]);
    expect(recordsToWrite(plan.original, file, 'engagements')[0]?.calendar.sequence).toBe(3);
  });

  it('a field both changed to different values is a clash, kept as here unless the organiser takes the file’s', () => {
    const file = aCopy((bundle) => {
      firstHotel(bundle).notes = 'Late check-out agreed for the delegation';
      firstHotel(bundle).phone = '+86 871 0000 0000';
    });
    const here = hereWith((bundle) => {
      firstHotel(bundle).notes = 'Breakfast from 06:30';
    });

    const plan = merged(file, here);

    const [hotel] = plan.tables.accommodations.updated;
    expect(hotel).toEqual(expect.objectContaining({ fields: ['phone'] }));
    expect(hotel?.clashes).toEqual([
      expect.objectContaining({ field: 'notes', mine: 'Breakfast from 06:30', theirs: 'Late check-out agreed for the delegation' }),
    ]);
    expect(plan.hasChanges).toBe(true);
    const key = recordKey('accommodations', hotel!.id);

    const mine = recordsToWrite(plan.original, file, 'accommodations')[0]!;
    expect([mine.notes, mine.phone]).toEqual(['Breakfast from 06:30', '+86 871 0000 0000']);
    const theirs = recordsToWrite(plan.original, file, 'accommodations', { [key]: { notes: 'theirs' } })[0]!;
    expect([theirs.notes, theirs.phone]).toEqual(['Late check-out agreed for the delegation', '+86 871 0000 0000']);
  });

  it('a field both changed to the same value is no clash, and nothing to write', () => {
    const edit = (bundle: TripBundle) => {
      firstHotel(bundle).notes = 'Breakfast from 06:30';
    };
    const plan = merged(aCopy(edit), hereWith(edit));

    expect(plan.tables.accommodations.unchanged).toHaveLength(7);
    expect(plan.hasChanges).toBe(false);
  });

  it('keeps a record added here, which the file cannot have known, and adds one the file added', () => {
    const file = aCopy((bundle) => {
      bundle.engagements.push({ ...banquet(bundle), id: 'engagement-there', title: 'Dinner with the consul' });
    });
    const here = hereWith((bundle) => {
      bundle.engagements.push({ ...banquet(bundle), id: 'engagement-here', title: 'Breakfast with the consul' });
    });

    const plan = merged(file, here);

    expect(plan.tables.engagements.added.map((record) => record.label)).toEqual(['Dinner with the consul']);
    expect(plan.tables.engagements.removed).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('a record one side deleted and the other left as it was is deleted', () => {
    const here = hereWith();
    const hotel = here.tables.accommodations[3]!;
    const deletedThere = planTripImport(
      aCopy((bundle) => {
        bundle.accommodations = bundle.accommodations.filter((stay) => stay.id !== hotel.id);
      }),
      here,
      theBase(),
    );
    expect(deletedThere.tables.accommodations.removed.map((record) => record.id)).toEqual([hotel.id]);

    const file = aCopy();
    const deletedHere = planTripImport(
      file,
      hereWith((bundle) => {
        bundle.accommodations = bundle.accommodations.filter((stay) => stay.id !== hotel.id);
      }),
      theBase(),
    );
    expect(deletedHere.tables.accommodations.added).toEqual([]);
    expect(deletedHere.hasChanges).toBe(false);
    expect(recordsToWrite(deletedHere, file, 'accommodations')).toEqual([]);
  });

  it('a record one side deleted and the other changed is kept, and the preview says so', () => {
    const hotel = hereWith().tables.accommodations[3]!;
    const withoutHotel = (bundle: TripBundle) => {
      bundle.accommodations = bundle.accommodations.filter((stay) => stay.id !== hotel.id);
    };
    const changeHotel = (bundle: TripBundle) => {
      bundle.accommodations.find((stay) => stay.id === hotel.id)!.notes = 'Rooms on the 12th floor';
    };

    const deletedThere = merged(aCopy(withoutHotel), hereWith(changeHotel));
    expect(deletedThere.tables.accommodations.removed).toEqual([]);
    expect(deletedThere.tables.accommodations.kept).toEqual([expect.objectContaining({ id: hotel.id, kept: 'deleted-in-file' })]);
    expect(deletedThere.warnings).toEqual([`Deleted in the file but changed on this computer since, so kept: ${hotel.name}.`]);

    const file = aCopy(changeHotel);
    const deletedHere = merged(file, hereWith(withoutHotel));
    expect(deletedHere.tables.accommodations.kept).toEqual([expect.objectContaining({ id: hotel.id, kept: 'deleted-here' })]);
    expect(deletedHere.warnings).toEqual([`Deleted on this computer but changed in the file since, so kept: ${hotel.name}.`]);
    expect(deletedHere.hasChanges).toBe(true);
    expect(recordsToWrite(deletedHere.original, file, 'accommodations').map((stay) => stay.notes)).toEqual(['Rooms on the 12th floor']);
  });

  it('merges the trip and the directory records too', () => {
    const file = aCopy((bundle) => {
      bundle.trip.endDate = '2016-11-20';
      bundle.people[0]!.dietary = 'Vegetarian';
    });
    const here = hereWith((bundle) => {
      bundle.trip.purpose = 'Trade and universities';
      bundle.people[0]!.dietary = 'No shellfish';
    });

    const plan = merged(file, here);

    expect(recordsToWrite(plan.original, file, 'trips')[0]).toEqual(expect.objectContaining({ endDate: '2016-11-20', purpose: 'Trade and universities' }));
    expect(plan.tables.people.updated[0]?.clashes).toEqual([expect.objectContaining({ field: 'dietary', mine: 'No shellfish', theirs: 'Vegetarian' })]);
  });

  it('a trip deleted here is imported whole, as a new one', () => {
    const plan = merged(aCopy(), NOTHING_HERE);
    expect(plan.kind).toBe('new');
    expect(plan.mergedWith).toBeNull();
    expect(plan.tables.engagements.added).toHaveLength(14);
  });

  it('without the version the file was made from, the file’s copy wins, as for a file of an older build', () => {
    const file = aCopy((bundle) => {
      firstHotel(bundle).notes = 'Late check-out agreed for the delegation';
    });
    const here = hereWith((bundle) => {
      firstHotel(bundle).notes = 'Breakfast from 06:30';
      firstHotel(bundle).phone = '+86 871 0000 0000';
    });

    const plan = planned(file, here);

    expect(plan.mergedWith).toBeNull();
    expect(plan.tables.accommodations.updated[0]?.clashes).toEqual([]);
    expect(recordsToWrite(plan.original, file, 'accommodations')).toEqual([file.tables.accommodations[0]]);
  });

  it('says in Chinese what it kept', () => {
    const hotel = hereWith().tables.accommodations[3]!;
    const plan = merged(
      aCopy((bundle) => {
        bundle.accommodations = bundle.accommodations.filter((stay) => stay.id !== hotel.id);
      }),
      hereWith((bundle) => {
        bundle.accommodations.find((stay) => stay.id === hotel.id)!.notes = 'Rooms on the 12th floor';
      }),
      inChinese,
    );
    expect(plan.warnings).toEqual([`文件中已删除、但本机此后有改动，因此保留：${hotel.name}。`]);
  });
});
