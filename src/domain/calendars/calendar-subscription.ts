/**
 * How a delegate adds their published calendar to a phone: the two addresses of one calendar collection on the
 * CalDAV server.
 *
 * - The CalDAV address is the collection itself, for clients that sync CalDAV (DAVx⁵ on Android, Thunderbird,
 *   a CalDAV account on an iPhone).
 * - The subscription address is for clients that only subscribe to a calendar by its address and fetch it now
 *   and then (an iPhone's *Add Subscribed Calendar*, ICSx⁵, Google Calendar's *From URL*), and is what the QR
 *   code holds. For a server on https it is `webcal://`, the scheme those clients, and the iPhone's camera,
 *   recognise as "subscribe to this calendar"; Apple and Google fetch such an address over https (iCloud's own
 *   shared calendars are `webcal://` addresses served only over https). For a server without TLS it stays
 *   `http://`: clients disagree about which transport `webcal://` means, so an http server is given its own
 *   scheme, which every one of them accepts.
 *
 * Servers built on SabreDAV (Nextcloud, ownCloud, Baïkal) answer a plain GET on a calendar collection with no
 * calendar; they give the whole calendar at the collection's address with `?export`, so their subscription
 * address carries it. Radicale (and other servers) give the calendar at the collection's address itself.
 */

export interface SubscriptionAddresses {
  /** The calendar collection, for CalDAV clients: `https://cloud.example/remote.php/dav/calendars/agency/…/`. */
  caldav: string;
  /** For clients that subscribe by address, and for the QR code: `webcal://…` (https servers) or `http://…`. */
  webcal: string;
}

/** Paths at which SabreDAV-based servers serve CalDAV: Nextcloud and ownCloud, and Baïkal. */
const SABRE_PATHS = [/\/remote\.php\/(dav|caldav)\//, /\/(dav|cal)\.php\//];

/**
 * The addresses at which a delegate's phone reads the calendar published at `collectionUrl` (a publication's
 * `url`), or null when that is not an http or https address. Any user name or password written into the
 * address is left out: the addresses are printed and shown to delegates.
 */
export function subscriptionAddresses(collectionUrl: string): SubscriptionAddresses | null {
  let url: URL;
  try {
    url = new URL(collectionUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  // A collection's address ends with a slash; some servers redirect, or refuse, without it.
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  const caldav = url.toString();
  const subscription = new URL(caldav);
  if (SABRE_PATHS.some((path) => path.test(subscription.pathname)) && !subscription.searchParams.has('export')) {
    subscription.search = subscription.search ? `${subscription.search}&export` : '?export';
  }
  const text = subscription.toString();
  return { caldav, webcal: url.protocol === 'https:' ? `webcal://${text.slice('https://'.length)}` : text };
}
