import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../src/storage/schema';
import { freshDatabase } from './test-database';

/**
 * What has shipped. A version in this list may never change or disappear from SCHEMA_HISTORY: users'
 * databases were created with it, and only an upgrade path from it keeps their data.
 */
const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    trips: 'id, name, startDate, updatedAt',
    stops: 'id, tripId',
    segments: 'id, tripId, departure.utc',
    accommodations: 'id, tripId, stopId',
    organisations: 'id, name, nameLocal, type, *tags',
    contacts: 'id, organisationId, name',
    people: 'id, name, email, organisationId',
    memberships: 'id, tripId, personId, &[tripId+personId]',
    engagements: 'id, tripId, stopId, start.utc, *organisationIds',
    followUps: 'id, tripId, engagementId, dueDate',
    settings: 'key',
  },
  2: {
    trips: 'id, name, startDate, updatedAt',
    stops: 'id, tripId',
    segments: 'id, tripId, departure.utc',
    accommodations: 'id, tripId, stopId',
    organisations: 'id, name, nameLocal, type, *tags',
    contacts: 'id, organisationId, name',
    people: 'id, name, email, organisationId',
    memberships: 'id, tripId, personId, &[tripId+personId]',
    engagements: 'id, tripId, stopId, start.utc, *organisationIds',
    followUps: 'id, tripId, engagementId, dueDate',
    settings: 'key',
  },
  3: {
    trips: 'id, name, startDate, updatedAt',
    stops: 'id, tripId',
    segments: 'id, tripId, departure.utc',
    accommodations: 'id, tripId, stopId',
    organisations: 'id, name, nameLocal, type, *tags',
    contacts: 'id, organisationId, name',
    people: 'id, name, email, organisationId',
    memberships: 'id, tripId, personId, &[tripId+personId]',
    engagements: 'id, tripId, stopId, start.utc, *organisationIds',
    followUps: 'id, tripId, engagementId, dueDate',
    settings: 'key',
    acknowledgements: 'id, tripId, &[tripId+conflictId]',
  },
  4: {
    trips: 'id, name, startDate, updatedAt',
    stops: 'id, tripId',
    segments: 'id, tripId, departure.utc',
    accommodations: 'id, tripId, stopId',
    organisations: 'id, name, nameLocal, type, *tags',
    contacts: 'id, organisationId, name',
    people: 'id, name, email, organisationId',
    memberships: 'id, tripId, personId, &[tripId+personId]',
    engagements: 'id, tripId, stopId, start.utc, *organisationIds',
    followUps: 'id, tripId, engagementId, dueDate',
    settings: 'key',
    acknowledgements: 'id, tripId, &[tripId+conflictId]',
  },
};

describe('schema history', () => {
  it('keeps every shipped version exactly as it shipped', () => {
    for (const [version, stores] of Object.entries(SHIPPED)) {
      expect(SCHEMA_HISTORY.find((step) => step.version === Number(version))?.stores).toEqual(stores);
    }
  });

  it('only ever adds versions, in increasing order', () => {
    const versions = SCHEMA_HISTORY.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(Math.max(...versions));
  });

  it('opens an empty database at the current version with every table', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const latest = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!;
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(latest.stores).sort());
    db.close();
  });
});
