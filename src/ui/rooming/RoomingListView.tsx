/**
 * A hotel's rooming list as it is printed and sent (the trip page's `rooming-list/<stay>` address): the hotel
 * and its address in both scripts, the delegation's dates there, each room with who sleeps in it (names as in
 * their passports, family name first, and in Chinese characters), arrivals, departures, nights and requests,
 * and the room-nights of each type. In the hotel's language first, the other beside it.
 */
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { nightsOfStay, roomingList, type ListedOccupant, type RoomingList } from '../../domain/rooming/rooming-list';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { DocumentToolbar, pageStyle } from '../book';
import { useCurrentTrip } from '../shared/current-trip';
import { useScreen } from '../shared/use-screen';
import { hotelWords, type HotelWords } from './hotel-words';
import './rooming-list.css';

export function RoomingListView() {
  const bundle = useCurrentTrip();
  const { stayId = '' } = useParams();
  const { t, i18n } = useTranslation(['rooming', 'common']);
  const stay = bundle.accommodations.find((candidate) => candidate.id === stayId) ?? null;
  const list = useMemo(() => (stay ? roomingList(stay, bundle) : null), [stay, bundle]);
  const words = useMemo(() => hotelWords(i18n, list?.city ?? null), [i18n, list]);
  const headingRef = useScreen(t('print.label'));

  return (
    <div className="rooming-list">
      <style>{pageStyle('a4', stay ? `${bundle.trip.name} · ${stay.nameLocal || stay.name}` : bundle.trip.name)}</style>
      <DocumentToolbar
        tripId={bundle.trip.id}
        back={t('print.back')}
        title={t('print.label')}
        headingRef={headingRef}
        pdf={stay ? { stem: t('print.fileName', { hotel: stay.name, trip: bundle.trip.name }), fallback: 'rooming-list', paper: 'a4' } : null}
      />
      {list === null ? <Text c="dimmed">{t('print.notHere')}</Text> : <ListPage list={list} bundle={bundle} words={words} />}
    </div>
  );
}

/** A word in the hotel's language with the other beside it, each marked with its language. */
function Both({ words, k, params }: { words: HotelWords; k: string; params?: Record<string, unknown> }) {
  const [a, b] = words.each(k, params);
  return (
    <>
      <span lang={words.languages[0]}>{a}</span>
      {a !== b && (
        <span className="rooming-beside" lang={words.languages[1]}>
          {' '}
          {b}
        </span>
      )}
    </>
  );
}

/** "ANDERSON, Joe" as a passport has it, or the name as the delegation writes it where the parts are not known. */
function passportName(occupant: ListedOccupant): string {
  if (!occupant.familyName) return occupant.name;
  return occupant.givenNames ? `${occupant.familyName.toLocaleUpperCase()}, ${occupant.givenNames}` : occupant.familyName.toLocaleUpperCase();
}

function ListPage({ list, bundle, words }: { list: RoomingList; bundle: TripBundle; words: HotelWords }) {
  const { stay, city } = list;
  const [first, second] = words.locales;
  const chinese = words.languages[0] === 'zh-CN';
  // The hotel's own script first where it has one.
  const [name, nameBeside] = chinese && stay.nameLocal ? [stay.nameLocal, stay.name] : [stay.name, stay.nameLocal];
  const [address, addressBeside] = chinese && stay.addressLocal ? [stay.addressLocal, stay.address] : [stay.address, stay.addressLocal];
  const nights = (count: number) => words.both('print.nights', { count });
  const contact = bundle.trip.organiserContact;
  return (
    <article className="rooming-page paper-sheet">
      <p className="rooming-kind">
        <Both words={words} k="print.title" />
      </p>
      <h1>
        {name}
        {nameBeside && nameBeside !== name && <span className="rooming-beside"> {nameBeside}</span>}
      </h1>
      {address && <p className="rooming-address">{address}</p>}
      {addressBeside && addressBeside !== address && <p className="rooming-address rooming-beside">{addressBeside}</p>}
      {stay.phone && <p>{stay.phone}</p>}
      <table className="rooming-facts">
        <tbody>
          <tr>
            <th scope="row">
              <Both words={words} k="print.delegation" />
            </th>
            <td>{bundle.trip.name}</td>
          </tr>
          <tr>
            <th scope="row">
              <Both words={words} k="print.dates" />
            </th>
            <td>
              {first.dateRange(stay.checkInDate, stay.checkOutDate)} · {nights(nightsOfStay(stay))}
              <div className="rooming-beside">{second.dateRange(stay.checkInDate, stay.checkOutDate)}</div>
            </td>
          </tr>
          {city && (
            <tr>
              <th scope="row">
                <Both words={words} k="print.city" />
              </th>
              <td>
                {first.city(city)} {first.cityBeside(city) && <span className="rooming-beside">{first.cityBeside(city)}</span>}
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">
              <Both words={words} k="print.summary" />
            </th>
            <td>{words.both('print.summaryText', { rooms: list.rooms.length, guests: list.guests, roomNights: list.roomNights })}</td>
          </tr>
        </tbody>
      </table>

      <h2>
        <Both words={words} k="print.rooms" />
      </h2>
      {list.rooms.length === 0 ? (
        <p className="rooming-quiet">
          <Both words={words} k="print.noRooms" />
        </p>
      ) : (
        <table className="rooming-table">
          <thead>
            <tr>
              <th>
                <Both words={words} k="print.number" />
              </th>
              <th>
                <Both words={words} k="print.type" />
              </th>
              <th>
                <Both words={words} k="print.passportName" />
              </th>
              <th>
                <Both words={words} k="print.arrival" />
              </th>
              <th>
                <Both words={words} k="print.departure" />
              </th>
              <th>
                <Both words={words} k="print.nightsColumn" />
              </th>
              <th>
                <Both words={words} k="print.requests" />
              </th>
              <th>
                <Both words={words} k="print.confirmation" />
              </th>
            </tr>
          </thead>
          {list.rooms.map(({ room, number, occupants, nights: roomNights }) => {
            const rows = occupants.length === 0 ? [null] : occupants;
            return (
              <tbody key={room.id} className="rooming-room">
                {rows.map((occupant, index) => (
                  <tr key={occupant ? `${occupant.personId}-${occupant.checkInDate}` : 'held'}>
                    {index === 0 && (
                      <>
                        <td rowSpan={rows.length}>{number}</td>
                        <td rowSpan={rows.length} className="rooming-nowrap">
                          <Both words={words} k={`type.${room.type}`} />
                        </td>
                      </>
                    )}
                    <td>
                      <div className="rooming-nowrap">{occupant ? passportName(occupant) : <Both words={words} k="print.held" />}</div>
                      {occupant?.nameLocal && occupant.nameLocal !== occupant.name && <div className="local-script">{occupant.nameLocal}</div>}
                    </td>
                    <td className="rooming-nowrap">{first.dateWithYear(occupant?.checkInDate ?? stay.checkInDate)}</td>
                    <td className="rooming-nowrap">{first.dateWithYear(occupant?.checkOutDate ?? stay.checkOutDate)}</td>
                    <td>{occupant ? occupant.nights : roomNights}</td>
                    {index === 0 && (
                      <>
                        <td rowSpan={rows.length} className="rooming-requests">
                          {room.requests}
                        </td>
                        <td rowSpan={rows.length} className="rooming-nowrap">
                          {room.confirmation}
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      )}

      <h2>
        <Both words={words} k="print.totals" />
      </h2>
      <table className="rooming-table rooming-totals">
        <thead>
          <tr>
            <th>
              <Both words={words} k="print.type" />
            </th>
            <th>
              <Both words={words} k="print.roomCount" />
            </th>
            <th>
              <Both words={words} k="print.roomNights" />
            </th>
          </tr>
        </thead>
        <tbody>
          {list.totals.map((total) => (
            <tr key={total.type}>
              <td>
                <Both words={words} k={`type.${total.type}`} />
              </td>
              <td>{total.rooms}</td>
              <td>{total.roomNights}</td>
            </tr>
          ))}
          <tr className="rooming-total">
            <td>
              <Both words={words} k="print.total" />
            </td>
            <td>{list.rooms.length}</td>
            <td>{list.roomNights}</td>
          </tr>
        </tbody>
      </table>

      {(contact.name || contact.phone || contact.email) && (
        <p className="rooming-contact">
          <span className="rooming-label">
            <Both words={words} k="print.contact" />:
          </span>{' '}
          {[contact.name, contact.phone, contact.email].filter((part) => part.trim()).join(' · ')}
        </p>
      )}
    </article>
  );
}

