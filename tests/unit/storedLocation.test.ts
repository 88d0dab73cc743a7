import { describe, expect, it } from 'vitest';
import { parseStoredLocation } from '../../src/lib/places/storedLocation.ts';

describe('parseStoredLocation', () => {
  const good = { position: { longitude: 121.4737, latitude: 31.2304 }, district: '310101', nearby: ['310106'] };

  it('reads back what near me stored', () => {
    expect(parseStoredLocation(JSON.stringify(good))).toEqual(good);
  });

  it('drops the own district from the neighbours', () => {
    expect(parseStoredLocation(JSON.stringify({ ...good, nearby: ['310101', '310115'] }))?.nearby).toEqual(['310115']);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"position":'],
    ['a number', '42'],
    ['a district code that is not Shanghai', JSON.stringify({ ...good, district: '320505' })],
    ['markup for a code', JSON.stringify({ ...good, nearby: ['<img src=x onerror=alert(1)>'] })],
    ['a latitude out of range', JSON.stringify({ ...good, position: { longitude: 121, latitude: 131 } })],
    ['a position given as text', JSON.stringify({ ...good, position: { longitude: '121.47', latitude: '31.23' } })],
    ['no neighbours list', JSON.stringify({ position: good.position, district: '310101' })],
  ])('refuses %s', (_, stored) => {
    expect(parseStoredLocation(stored)).toBeUndefined();
  });
});
