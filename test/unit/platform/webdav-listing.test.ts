/**
 * Reading a folder's listing as the WebDAV servers agencies run write it: Nextcloud (SabreDAV, `d:` prefixes,
 * escaped names), SharePoint (full addresses, default namespace) and Apache (`D:` and `lp1:` prefixes). Apache's
 * is also read in test/integration/webdav-files.test.ts, from the real server.
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../../src/platform/webdav-files';

describe('a WebDAV folder listing', () => {
  it('from Nextcloud: the folder itself left out, sub-folders marked, escaped names read', () => {
    const body = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/ada%40agency/Missions%20team/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/ada@agency/Missions%20team/computers/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/ada%40agency/Missions%20team/summary.dpt</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>2048</d:getcontentlength></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>`;
    expect(parseListing(body, 'https://cloud.agency.example/remote.php/dav/files/ada%40agency/Missions%20team/')).toEqual([
      { name: 'computers/', size: 0 },
      { name: 'summary.dpt', size: 2048 },
    ]);
  });

  it('from SharePoint: full addresses in the default namespace', () => {
    const body = `<?xml version="1.0" encoding="utf-8"?>
<multistatus xmlns="DAV:">
 <response><href>https://agency.sharepoint.com/sites/team/Shared%20Documents/Space</href>
  <propstat><prop><resourcetype><collection></collection></resourcetype></prop></propstat></response>
 <response><href>https://agency.sharepoint.com/sites/team/Shared%20Documents/Space/summary.dpt</href>
  <propstat><prop><resourcetype/><getcontentlength>17</getcontentlength></prop></propstat></response>
</multistatus>`;
    expect(parseListing(body, 'https://agency.sharepoint.com/sites/team/Shared%20Documents/Space/')).toEqual([{ name: 'summary.dpt', size: 17 }]);
  });

  it('from Apache: its own prefixes for live properties', () => {
    const body = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/space/computers/ab12/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/space/computers/ab12/00000001.dpt</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>12</lp1:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>`;
    expect(parseListing(body, 'http://127.0.0.1:8080/space/computers/ab12/')).toEqual([{ name: '00000001.dpt', size: 12 }]);
  });

  it('leaves out what is not directly in the folder, and reads nothing from an answer that is not a listing', () => {
    const body = `<d:multistatus xmlns:d="DAV:">
 <d:response><d:href>/elsewhere/file.dpt</d:href></d:response>
 <d:response><d:href>/space/a/b/deeper.dpt</d:href></d:response>
</d:multistatus>`;
    expect(parseListing(body, 'https://files.example/space/')).toEqual([]);
    expect(parseListing('<html><body>Sign in</body></html>', 'https://files.example/space/')).toEqual([]);
  });
});
