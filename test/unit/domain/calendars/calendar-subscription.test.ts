import { describe, expect, it } from 'vitest';
import { subscriptionAddresses } from '../../../../src/domain/calendars/calendar-subscription';

describe('the addresses a delegate subscribes to', () => {
  it('gives a calendar on an https server its own address for CalDAV clients and a webcal address to subscribe to', () => {
    expect(subscriptionAddresses('https://caldav.fastmail.com/dav/calendars/user/agency@fastmail.com/delegation-planner-t-p/')).toEqual({
      caldav: 'https://caldav.fastmail.com/dav/calendars/user/agency@fastmail.com/delegation-planner-t-p/',
      webcal: 'webcal://caldav.fastmail.com/dav/calendars/user/agency@fastmail.com/delegation-planner-t-p/',
    });
  });

  it('keeps http for a server without TLS, since clients disagree on which transport webcal means', () => {
    expect(subscriptionAddresses('http://127.0.0.1:5232/agency/delegation-planner-t-p/')).toEqual({
      caldav: 'http://127.0.0.1:5232/agency/delegation-planner-t-p/',
      webcal: 'http://127.0.0.1:5232/agency/delegation-planner-t-p/',
    });
  });

  it('asks Nextcloud (and other SabreDAV servers) for the whole calendar with ?export, which a plain GET does not give', () => {
    const nextcloud = subscriptionAddresses('https://cloud.example/remote.php/dav/calendars/agency/delegation-planner-t-p/');
    expect(nextcloud).toEqual({
      caldav: 'https://cloud.example/remote.php/dav/calendars/agency/delegation-planner-t-p/',
      webcal: 'webcal://cloud.example/remote.php/dav/calendars/agency/delegation-planner-t-p/?export',
    });
    expect(subscriptionAddresses('https://dav.example/dav.php/calendars/agency/c/')?.webcal).toBe('webcal://dav.example/dav.php/calendars/agency/c/?export');
    expect(subscriptionAddresses('https://cloud.example/remote.php/dav/calendars/agency/c/?export')?.webcal).toBe(
      'webcal://cloud.example/remote.php/dav/calendars/agency/c/?export',
    );
  });

  it('ends the collection’s address with a slash and keeps its port and escaped characters', () => {
    expect(subscriptionAddresses('https://cal.example:8443/u/agency%40example.org/calendar')).toEqual({
      caldav: 'https://cal.example:8443/u/agency%40example.org/calendar/',
      webcal: 'webcal://cal.example:8443/u/agency%40example.org/calendar/',
    });
  });

  it('never prints a user name or password written into the address', () => {
    const addresses = subscriptionAddresses('https://agency:secret@cal.example/agency/c/');
    expect(addresses).toEqual({ caldav: 'https://cal.example/agency/c/', webcal: 'webcal://cal.example/agency/c/' });
  });

  it('has no addresses for what is not an http or https address', () => {
    expect(subscriptionAddresses('')).toBeNull();
    expect(subscriptionAddresses('not an address')).toBeNull();
    expect(subscriptionAddresses('ftp://cal.example/c/')).toBeNull();
    expect(subscriptionAddresses('javascript:alert(1)')).toBeNull();
  });
});
