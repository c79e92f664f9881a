/**
 * `npm run bench`: the invitation-letter list of a 40-person trip, with 50 trips, 2,000 people and 20,000
 * engagements in the database (fake-indexeddb in Node: read the figures as an upper bound). The target is under
 * 100 ms from the organiser's click to the file's content. Figures go in the closing notes; no test asserts a time.
 */
import { bench, describe } from 'vitest';
import { invitationList, invitationListCsv, invitationListTable } from '../../src/domain/people/invitation-list';
import { localeOf } from '../../src/i18n/locale';
import { createRepositories } from '../../src/storage/repositories';
import { exportInvitationList, invitationListWords } from '../../src/usecases/invitation-list-export';
import { generateDataset } from '../builders/large-dataset';
import { aTestPlatform } from '../builders/test-platform';
import { testI18n } from '../builders/words';
import { freshDatabase } from '../storage/test-database';

const dataset = generateDataset();
const db = freshDatabase('bench-invitation-list');
const repositories = createRepositories(db);

await db.transaction('rw', db.tables, async () => {
  await db.people.bulkAdd(dataset.people);
  await db.organisations.bulkAdd(dataset.organisations);
  for (const trip of dataset.trips) {
    await db.trips.add(trip.trip);
    await db.stops.bulkAdd(trip.stops);
    await db.memberships.bulkAdd(trip.memberships);
    await db.engagements.bulkAdd(trip.engagements);
  }
});

const english = localeOf(testI18n('en'), 'en');
const chinese = localeOf(testI18n('zh-CN'), 'zh-CN');
const locales = { reader: english, english, chinese };
const bundle = (await repositories.trips.getBundle('trip-25'))!;
const platform = aTestPlatform();

describe('the invitation-letter list of a 40-person trip, 2,000 people and 20,000 engagements stored', () => {
  bench('from the database to a saved CSV, headers in both languages', async () => {
    await exportInvitationList({ repositories, platform }, 'trip-25', { format: 'csv', headers: 'both', onlyVisaNotSettled: false }, locales);
    platform.saved.length = 0;
  });

  bench('from the database to a saved .xlsx spreadsheet, Chinese headers', async () => {
    await exportInvitationList({ repositories, platform }, 'trip-25', { format: 'xlsx', headers: 'zh-CN', onlyVisaNotSettled: false }, locales);
    platform.saved.length = 0;
  });

  bench('the list and its CSV alone, from a trip already read', () => {
    invitationListCsv(invitationListTable(invitationList(bundle), invitationListWords('en', locales)));
  });
});
