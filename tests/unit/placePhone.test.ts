import { describe, expect, it } from 'vitest';
import { normalisePlacePhone, placePhonePattern } from '../../src/lib/places/placePhone.ts';

describe('normalisePlacePhone', () => {
  it.each([
    ['021-5555 0101', '021-55550101'],
    ['(021) 55550101', '021-55550101'],
    ['（021）5555－0101', '021-55550101'],
    ['55550101', '021-55550101'],
    ['５５５５０１０１', '021-55550101'],
    ['+86 21 5555 0101', '021-55550101'],
    ['139 0000 0000', '13900000000'],
    ['+86 13900000000', '13900000000'],
    ['12355', '12355'],
  ])('stores %s as %s, a form the schema accepts', (written, stored) => {
    expect(normalisePlacePhone(written)).toBe(stored);
    expect(stored).toMatch(placePhonePattern);
  });

  it.each([
    ['a landline starting with 1', '15555010'],
    ['too few digits for a landline', '021-5555 010'],
    ["another city's area code", '010-5555 0101'],
    ['an extension', '021-55550101转8'],
    ['letters', 'call us'],
    ['nothing', ''],
  ])('refuses %s', (_, written) => {
    expect(normalisePlacePhone(written)).toBeUndefined();
  });
});
