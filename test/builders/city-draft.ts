/** A city of a Chinese route as the city form would hold it: `aCityDraft('Tianjin', '2016-11-10', '2016-11-12')`. */
import { emptyCityDraft } from '../../src/domain/route/new-route-drafts';
import type { CityDraft } from '../../src/domain/route/route';

export function aCityDraft(name: string, arrivalDate: string, departureDate: string, nameLocal = ''): CityDraft {
  return { ...emptyCityDraft(), name, nameLocal, country: 'CN', timeZone: 'Asia/Shanghai', arrivalDate, departureDate };
}
