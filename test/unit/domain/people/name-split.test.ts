import { describe, expect, it } from 'vitest';
import { composeName, splitName } from '../../../../src/domain/people/name-split';

describe('splitting a whole name into the parts a passport has', () => {
  it('sets titles and letters after the name aside and takes two words as given name and family name', () => {
    expect(splitName('Councillor Phil Davies')).toEqual({ title: 'Councillor', givenNames: 'Phil', familyName: 'Davies', nameOrder: 'given-first', uncertain: false });
    expect(splitName('Dr Ann Lee OBE')).toMatchObject({ title: 'Dr', givenNames: 'Ann', familyName: 'Lee', uncertain: false });
    expect(splitName('Joe Anderson, OBE')).toMatchObject({ title: '', givenNames: 'Joe', familyName: 'Anderson', uncertain: false });
    expect(splitName('  Rt  Hon  Steve   Rotheram ')).toMatchObject({ title: 'Rt Hon', givenNames: 'Steve', familyName: 'Rotheram' });
  });

  it('reads a Han name family name first, with the common two-character family names', () => {
    expect(splitName('张伟')).toEqual({ title: '', givenNames: '伟', familyName: '张', nameOrder: 'family-first', uncertain: false });
    expect(splitName('王 海涛')).toMatchObject({ givenNames: '海涛', familyName: '王', uncertain: false });
    expect(splitName('欧阳娜娜')).toMatchObject({ givenNames: '娜娜', familyName: '欧阳', uncertain: false });
  });

  it('calls a split uncertain when it may be wrong', () => {
    expect(splitName('Anne Marie van der Berg').uncertain).toBe(true);
    expect(splitName('Madonna')).toMatchObject({ familyName: 'Madonna', givenNames: '', uncertain: true });
    expect(splitName('司徒')).toMatchObject({ uncertain: false });
    expect(splitName('爱新觉罗溥仪').uncertain).toBe(true);
    // A Chinese person may write their Latin name family name first.
    expect(splitName('Meilin Zhang', '张美琳').uncertain).toBe(true);
    expect(splitName('').uncertain).toBe(true);
  });
});

describe('composing the whole name from its parts', () => {
  it('puts the title first and the names in the person’s order, without spaces between Han characters', () => {
    expect(composeName({ title: 'Cllr', givenNames: 'Phil', familyName: 'Davies', nameOrder: 'given-first' })).toBe('Cllr Phil Davies');
    expect(composeName({ title: '', givenNames: 'Wei', familyName: 'Zhang', nameOrder: 'family-first' })).toBe('Zhang Wei');
    expect(composeName({ title: '', givenNames: '美琳', familyName: '张', nameOrder: 'family-first' })).toBe('张美琳');
    expect(composeName({ title: '', givenNames: '', familyName: 'Madonna', nameOrder: 'given-first' })).toBe('Madonna');
  });

  it('gives back the name it split, for names it is sure of', () => {
    for (const name of ['Councillor Phil Davies', 'Dr Joanne Phoenix', '张伟', '欧阳娜娜']) expect(composeName(splitName(name))).toBe(name);
  });
});
