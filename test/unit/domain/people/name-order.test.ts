import { describe, expect, it } from 'vitest';
import { compareByFamilyName, inFamilyNameOrder, nameSortKey } from '../../../../src/domain/people/name-order';

describe('the order people are listed in', () => {
  it('reads the family name as the last word, leaving honorifics and letters after the name aside', () => {
    expect(nameSortKey('Councillor Phil Davies')).toEqual({ family: 'Davies', given: 'Phil' });
    expect(nameSortKey('Dr Ann Lee OBE')).toEqual({ family: 'Lee', given: 'Ann' });
    expect(nameSortKey('Joe Anderson, OBE')).toEqual({ family: 'Anderson', given: 'Joe' });
    expect(nameSortKey('The Rt Hon. Lord Heseltine')).toEqual({ family: 'Heseltine', given: '' });
    expect(nameSortKey('Cllr. Mary Rasmussen MP')).toEqual({ family: 'Rasmussen', given: 'Mary' });
    expect(nameSortKey('Baroness Ann Smith')).toEqual({ family: 'Smith', given: 'Ann' });
    expect(nameSortKey('Mayor')).toEqual({ family: 'Mayor', given: '' });
  });

  it('reads a name in Han characters family name first, as written', () => {
    expect(nameSortKey('张伟')).toEqual({ family: '张伟', given: '' });
    expect(nameSortKey('欧阳 娜娜')).toEqual({ family: '欧阳娜娜', given: '' });
  });

  it('sorts by family name, so that "Mr" and "Ms" names do not cluster', () => {
    const names = ['Ms Zoe Adams', 'Mr Bob Young', 'Ms Ann Young', 'Mr Carl Brown', 'Professor Gareth Lloyd', 'Dr Priya Raman'];
    expect([...names].sort(compareByFamilyName)).toEqual([
      'Ms Zoe Adams',
      'Mr Carl Brown',
      'Professor Gareth Lloyd',
      'Dr Priya Raman',
      'Ms Ann Young',
      'Mr Bob Young',
    ]);
  });

  it('ignores accents and case, and puts names in Latin letters before names in Han characters', () => {
    const people = [{ name: '王芳' }, { name: 'Sir Ian Ødegaard' }, { name: 'Amélie émond' }, { name: 'Li Wei' }, { name: 'Tom Eaton' }];
    expect(inFamilyNameOrder(people, (person) => person.name).map((person) => person.name)).toEqual([
      'Tom Eaton',
      'Amélie émond',
      'Sir Ian Ødegaard',
      'Li Wei',
      '王芳',
    ]);
  });

  it('keeps a list that is already in order as it is, and leaves the list it was given alone', () => {
    const people = ['Ann Lee', 'Bob Lee', 'Cat Lee'];
    const given = [...people].reverse();
    expect(inFamilyNameOrder(given, (name) => name)).toEqual(people);
    expect(given).toEqual(['Cat Lee', 'Bob Lee', 'Ann Lee']);
  });
});
