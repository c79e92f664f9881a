/**
 * The airports delegations change planes at, by the IATA code printed on every ticket and boarding pass ("PEK",
 * "HEL"), with the city the gazetteer knows them by and its country, so that a connection typed as "PEK T3" gets
 * Beijing's zone as "Beijing Capital T3" does. Only codes whose city is certain are listed; anything else is left
 * for the organiser to choose.
 */

/** An airport's city as the gazetteer names it, and its country (ISO 3166-1 alpha-2). */
export interface AirportCity {
  city: string;
  country: string;
}

const CN = (city: string): AirportCity => ({ city, country: 'CN' });

export const AIRPORT_CITIES: Readonly<Record<string, AirportCity>> = {
  // China: the cities of the missions, and the hubs between them.
  PEK: CN('Beijing'),
  PKX: CN('Beijing'),
  PVG: CN('Shanghai'),
  SHA: CN('Shanghai'),
  KMG: CN('Kunming'),
  CKG: CN('Chongqing'),
  TSN: CN('Tianjin'),
  TAO: CN('Qingdao'),
  CTU: CN('Chengdu'),
  TFU: CN('Chengdu'),
  SZX: CN('Shenzhen'),
  CAN: CN('Guangzhou'),
  HGH: CN('Hangzhou'),
  NKG: CN('Nanjing'),
  XIY: CN("Xi'an"),
  WUH: CN('Wuhan'),
  HKG: { city: 'Hong Kong', country: 'HK' },
  // Europe.
  LHR: { city: 'London', country: 'GB' },
  LGW: { city: 'London', country: 'GB' },
  LCY: { city: 'London', country: 'GB' },
  MAN: { city: 'Manchester', country: 'GB' },
  LPL: { city: 'Liverpool', country: 'GB' },
  HEL: { city: 'Helsinki', country: 'FI' },
  FRA: { city: 'Frankfurt', country: 'DE' },
  MUC: { city: 'Munich', country: 'DE' },
  AMS: { city: 'Amsterdam', country: 'NL' },
  CDG: { city: 'Paris', country: 'FR' },
  NCE: { city: 'Nice', country: 'FR' },
  BCN: { city: 'Barcelona', country: 'ES' },
  IST: { city: 'Istanbul', country: 'TR' },
  // The Gulf, Asia and the Pacific.
  DXB: { city: 'Dubai', country: 'AE' },
  DOH: { city: 'Doha', country: 'QA' },
  SIN: { city: 'Singapore', country: 'SG' },
  ICN: { city: 'Incheon', country: 'KR' },
  NRT: { city: 'Tokyo', country: 'JP' },
  HND: { city: 'Tokyo', country: 'JP' },
  TLV: { city: 'Tel Aviv-Yafo', country: 'IL' },
  // North America.
  SFO: { city: 'San Francisco', country: 'US' },
  BOS: { city: 'Boston', country: 'US' },
  JFK: { city: 'New York', country: 'US' },
  EWR: { city: 'Newark', country: 'US' },
  SEA: { city: 'Seattle', country: 'US' },
  LAX: { city: 'Los Angeles', country: 'US' },
  YYZ: { city: 'Toronto', country: 'CA' },
  YVR: { city: 'Vancouver', country: 'CA' },
};
