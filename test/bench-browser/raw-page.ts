/**
 * The baseline: the same work done with raw IndexedDB and plain DOM, no Dexie, no React, no validation, in a
 * page of the app's own origin served by the benchmark (`/__bench/raw.html`). Each function returns the
 * milliseconds from its call to the frame painted after it, as `until` measures the app.
 *
 * Runs in the page: the functions must not close over anything of this module (their source is sent).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the baseline reads records untyped, as raw IndexedDB gives them */

/** The stores of the raw database: every table of the app, keyed as the app keys it, indexed by trip. */
const RAW_DATABASE = 'raw-baseline';

export const RAW_PAGE_PATH = '/__bench/raw.html';
export const BACKUP_PATH = '/__bench/backup.json';

function rawSource(): string {
  const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

  const request = <T,>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });

  const open = (name: string, tables?: string[]) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        for (const table of tables ?? []) {
          const store = req.result.createObjectStore(table, { keyPath: table === 'settings' ? 'key' : 'id' });
          store.createIndex('tripId', 'tripId');
          if (table === 'contacts') store.createIndex('organisationId', 'organisationId');
        }
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });

  const byTrip = (db: IDBDatabase, table: string, tripId: string) =>
    request(db.transaction(table).objectStore(table).index('tripId').getAll(tripId)) as Promise<Record<string, any>[]>;

  const root = () => {
    const element = document.getElementById('root')!;
    element.textContent = '';
    return element;
  };

  const rows = (items: string[][]) => {
    const table = document.createElement('table');
    const body = table.createTBody();
    for (const cells of items) {
      const row = body.insertRow();
      for (const cell of cells) row.insertCell().textContent = cell;
    }
    root().append(table);
  };

  const raw = {
    /** JSON.parse of the backup's text and one transaction writing every record into an empty database. */
    async restore(text: string): Promise<number> {
      await request(indexedDB.deleteDatabase('raw-baseline'));
      const start = performance.now();
      const backup = JSON.parse(text) as { tables: Record<string, unknown[]> };
      const tables = Object.keys(backup.tables);
      const db = await open('raw-baseline', tables);
      const tx = db.transaction(tables, 'readwrite');
      for (const table of tables) {
        const store = tx.objectStore(table);
        for (const record of backup.tables[table]!) store.put(record);
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return (await painted()) - start;
    },

    /** The trips list: every trip with its cities and member count, drawn as a table. */
    async listTrips(start = performance.now()): Promise<number> {
      const db = await open('raw-baseline');
      const trips = (await request(db.transaction('trips').objectStore('trips').getAll())) as Record<string, any>[];
      const drawn: string[][] = [];
      for (const trip of trips) {
        const stops = await byTrip(db, 'stops', trip.id);
        const members = await request(db.transaction('memberships').objectStore('memberships').index('tripId').count(trip.id));
        drawn.push([trip.name, `${trip.startDate} – ${trip.endDate}`, stops.map((stop) => stop.name).join(' → '), String(members), trip.status]);
      }
      rows(drawn);
      db.close();
      return (await painted()) - start;
    },

    /** What the trip's overview reads: the trip, its cities, journeys, hotels, members and their people. */
    async openTrip(tripId: string): Promise<number> {
      const start = performance.now();
      const db = await open('raw-baseline');
      const trip = (await request(db.transaction('trips').objectStore('trips').get(tripId))) as Record<string, any>;
      const [stops, segments, hotels, memberships, engagements] = await Promise.all(
        ['stops', 'segments', 'accommodations', 'memberships', 'engagements'].map((table) => byTrip(db, table, tripId)),
      );
      const store = db.transaction('people').objectStore('people');
      const people = await Promise.all(memberships!.map((membership) => request(store.get(membership.personId))));
      const element = root();
      const heading = document.createElement('h2');
      heading.textContent = trip.name;
      element.append(heading);
      rows(stops!.map((stop) => [stop.name, stop.arrivalDate, stop.departureDate, String(engagements!.filter((e) => e.stopId === stop.id).length)]));
      element.prepend(heading);
      void segments;
      void hotels;
      void people;
      db.close();
      return (await painted()) - start;
    },

    /** The programme: the trip's engagements in time order, one row each with its time, title and venue. */
    async programme(tripId: string): Promise<number> {
      const start = performance.now();
      const db = await open('raw-baseline');
      const engagements = await byTrip(db, 'engagements', tripId);
      engagements.sort((a, b) => (a.start.utc < b.start.utc ? -1 : a.start.utc > b.start.utc ? 1 : 0));
      rows(engagements.map((engagement) => [engagement.start.local, engagement.end.local, engagement.title, engagement.venue.name, engagement.kind]));
      db.close();
      return (await painted()) - start;
    },

    /** Every record a calendar of the trip is made from: the "raw trip read" the calendar files compare with. */
    async tripRead(tripId: string): Promise<number> {
      const start = performance.now();
      const db = await open('raw-baseline');
      const tables = ['stops', 'segments', 'accommodations', 'memberships', 'engagements'];
      const read = await Promise.all(tables.map((table) => byTrip(db, table, tripId)));
      const store = db.transaction('people').objectStore('people');
      await Promise.all(read[3]!.map((membership) => request(store.get(membership.personId))));
      await request(db.transaction('trips').objectStore('trips').get(tripId));
      db.close();
      return (await painted()) - start;
    },

    /** The directory: every organisation, drawn as a table. */
    async directory(): Promise<number> {
      const start = performance.now();
      const db = await open('raw-baseline');
      const organisations = (await request(db.transaction('organisations').objectStore('organisations').getAll())) as Record<string, any>[];
      rows(organisations.map((organisation) => [organisation.name, organisation.nameLocal, organisation.type, organisation.city]));
      db.close();
      return (await painted()) - start;
    },

    /** The palette's find: every person and engagement read, those whose name holds the text drawn. */
    async find(text: string): Promise<number> {
      const start = performance.now();
      const db = await open('raw-baseline');
      const wanted = text.toLowerCase();
      const tx = db.transaction(['people', 'engagements']);
      const [people, engagements] = (await Promise.all([request(tx.objectStore('people').getAll()), request(tx.objectStore('engagements').getAll())])) as Record<string, any>[][];
      const found = [
        ...people!.filter((person) => `${person.name} ${person.nameLocal}`.toLowerCase().includes(wanted)).map((person) => [person.name]),
        ...engagements!.filter((engagement) => engagement.title.toLowerCase().includes(wanted)).map((engagement) => [engagement.title]),
      ];
      rows(found.slice(0, 20));
      db.close();
      return (await painted()) - start;
    },

    /** A backup: every table read and written out as JSON. */
    async backup(): Promise<number> {
      const start = performance.now();
      const db = await open('raw-baseline');
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names);
      const tables: Record<string, unknown[]> = {};
      await Promise.all(names.map(async (name) => (tables[name] = await request(tx.objectStore(name).getAll()))));
      const text = JSON.stringify({ tables });
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      URL.revokeObjectURL(url);
      db.close();
      return (await painted()) - start;
    },
  };
  (window as unknown as { __raw: typeof raw }).__raw = raw;
  if (location.hash === '#list') {
    void raw.listTrips(0).then((ms) => ((window as unknown as { __rawStart: number }).__rawStart = ms));
  }
  return '';
}

/** The raw page: an empty document whose script defines `window.__raw` (and draws the trips list at `#list`). */
export function rawPageHtml(): string {
  const body = `(${rawSource.toString()})();`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Raw IndexedDB</title></head><body><div id="root"></div><script>${body}</script></body></html>`;
}

export interface RawWindow {
  __raw: {
    restore(text: string): Promise<number>;
    listTrips(): Promise<number>;
    openTrip(tripId: string): Promise<number>;
    programme(tripId: string): Promise<number>;
    tripRead(tripId: string): Promise<number>;
    directory(): Promise<number>;
    find(text: string): Promise<number>;
    backup(): Promise<number>;
  };
  __rawStart?: number;
}

export { RAW_DATABASE };
