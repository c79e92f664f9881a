/**
 * The numbers to dial in an emergency, by country (ISO 3166-1 alpha-2), for the book's contacts in emergencies.
 * Only countries whose numbers are known here are listed; elsewhere the book prints none rather than a guess.
 */
export interface EmergencyNumbers {
  police: string;
  ambulance: string;
  fire: string;
}

const same = (number: string): EmergencyNumbers => ({ police: number, ambulance: number, fire: number });

export const EMERGENCY_NUMBERS: Readonly<Record<string, EmergencyNumbers>> = {
  CN: { police: '110', ambulance: '120', fire: '119' },
  HK: same('999'),
  MO: same('999'),
  TW: { police: '110', ambulance: '119', fire: '119' },
  SG: { police: '999', ambulance: '995', fire: '995' },
  JP: { police: '110', ambulance: '119', fire: '119' },
  KR: { police: '112', ambulance: '119', fire: '119' },
  GB: same('999'),
  IE: same('112'),
  FR: { police: '17', ambulance: '15', fire: '18' },
  DE: { police: '110', ambulance: '112', fire: '112' },
  US: same('911'),
  CA: same('911'),
  AU: same('000'),
  IL: { police: '100', ambulance: '101', fire: '102' },
};
