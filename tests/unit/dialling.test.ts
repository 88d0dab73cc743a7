import { describe, expect, it } from 'vitest';
import { telHref, withShanghaiAreaCode } from '../../src/lib/dialling.ts';

describe('telHref', () => {
  it('dials the digits as written', () => {
    expect(telHref('12355')).toBe('tel:12355');
  });

  it('drops the hyphen after the area code', () => {
    expect(telHref('021-962525')).toBe('tel:021962525');
  });
});

describe('withShanghaiAreaCode', () => {
  it('writes the number with 021 in front', () => {
    expect(withShanghaiAreaCode('12338')).toBe('021-12338');
  });
});
