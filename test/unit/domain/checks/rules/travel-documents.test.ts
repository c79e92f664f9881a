import { describe, expect, it } from 'vitest';
import { checkContext, type CheckSource } from '../../../../../src/domain/checks/check-context';
import { travelDocumentFindings } from '../../../../../src/domain/checks/rules/travel-documents';
import { personId, sample } from '../sample-trip-for-checks';

describe('travel documents', () => {
  it('finds a passport expiring within six months of the trip’s end and a visa not yet granted', () => {
    const joe = personId('Joe Anderson');
    const source: CheckSource = {
      ...sample,
      people: sample.people.map((person) =>
        person.id === joe ? { ...person, passportExpiry: '2017-02-01', visaStatus: 'applied' as const } : person,
      ),
    };
    const conflicts = travelDocumentFindings(checkContext(source, { today: '2016-11-01' }));
    const joes = conflicts.filter((conflict) => conflict.personIds.includes(joe));
    expect(joes.map((conflict) => [conflict.id, conflict.severity])).toEqual([
      [`travel-documents:passport-expiry:${joe}`, 'error'],
      [`travel-documents:visa:${joe}`, 'warning'],
    ]);
  });

  it('takes a visa that is not required as settled, like one granted, however close the departure', () => {
    const joe = personId('Joe Anderson');
    const withVisa = (visaStatus: 'not-required' | 'granted' | 'not-started') => {
      const source: CheckSource = {
        ...sample,
        people: sample.people.map((person) => (person.id === joe ? { ...person, visaStatus } : person)),
      };
      return travelDocumentFindings(checkContext(source, { today: '2016-11-01' })).filter(
        (conflict) => conflict.id === `travel-documents:visa:${joe}`,
      );
    };
    expect(withVisa('not-started')).toHaveLength(1);
    expect(withVisa('granted')).toEqual([]);
    expect(withVisa('not-required')).toEqual([]);
  });
});
