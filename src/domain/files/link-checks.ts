/**
 * The links a backup or a trip file brings in, checked by the rule they meet on entry. A record's validator only
 * knows that a website is text, so without this a file could store `javascript:…` or an address the app then
 * refuses to open.
 *
 * The one field that holds a link is an organisation's website (src/domain/directory/organisation.ts). The other
 * addresses a record keeps are not links: a contact's or person's e-mail and phone are opened as `mailto:` and
 * `tel:` links the app writes itself, and a calendar's published address (a setting) is where the app sends a
 * calendar, never a page it opens.
 */
import { normaliseWebsite, secureWebsite } from '../directory/organisation';
import type { RawTables, Row } from '../schema/schema-history';
import { message } from '../shared/message';
import { err, ok, type Result } from '../shared/result';
import { fieldProblem, type FileProblem } from './record-checks';

/**
 * The website as a file may bring it: as on entry (`https://` added to a bare domain), and an `http://` address
 * upgraded to https. Earlier versions of the form took `http://`, so an organiser's own backups hold such
 * addresses: refusing them would refuse the organiser's own backup, and keeping them would store a link the app
 * refuses to open. Null when it is not a web address at all (`javascript:…`, `file:…`).
 */
export function websiteFromFile(text: string): string | null {
  return secureWebsite(text) ?? normaliseWebsite(text);
}

/**
 * The tables with every organisation's website as it is stored on entry, or the first organisation whose
 * website is not a web address, as a problem naming the table, the record and the field. Rows whose website
 * changes are copied; all others are kept as they are.
 */
export function checkLinks(tables: RawTables): Result<RawTables, FileProblem<'invalid-record'>> {
  const organisations = tables.organisations;
  if (!organisations) return ok(tables);
  let changed: Row[] | null = null;
  for (const [index, row] of organisations.entries()) {
    // The validator has passed the row: its website is text.
    const written = row['website'] as string;
    const website = websiteFromFile(written);
    if (website === null) {
      return err(fieldProblem('organisations', index, row, 'website', message('files:record.website', { example: 'https://www.example.com' })));
    }
    if (website === written) continue;
    changed ??= [...organisations];
    changed[index] = { ...row, website };
  }
  return ok(changed ? { ...tables, organisations: changed } : tables);
}
