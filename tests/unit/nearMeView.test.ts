import { describe, expect, it } from 'vitest';
import { nearMeView, type LocatedPlace } from '../../src/lib/places/nearMeView.ts';

const onTheBund = { position: { longitude: 121.487, latitude: 31.24 }, district: '310101', nearby: ['310115', '310109'] };
const places: LocatedPlace[] = [
  { id: 'far', name: '示例远处', position: { longitude: 121.4737, latitude: 31.2304 } },
  { id: 'near', name: '示例近处', position: { longitude: 121.488, latitude: 31.241 } },
];

describe('nearMeView', () => {
  it("on the family's own district page, lists its places nearest first with a walking time", () => {
    const view = nearMeView(onTheBund, '310101', places);
    expect(view.pageDistrict).toBeUndefined();
    expect(view.neighbours).toEqual(['310115', '310109']);
    expect(view.nearest?.map(({ item }) => item.id)).toEqual(['near', 'far']);
    expect(view.nearest?.[0]?.minutes).toBe(3);
  });

  it("on a neighbour's page, points to the district found, and still sorts the page's places", () => {
    const view = nearMeView(onTheBund, '310115', places);
    expect(view.pageDistrict).toBe('310115');
    expect(view.neighbours).toEqual(['310109']);
    expect(view.nearest).toHaveLength(2);
  });

  it("on an unrelated district's page, points to the district found and sorts nothing", () => {
    const view = nearMeView(onTheBund, '310151', places);
    expect(view.pageDistrict).toBe('310151');
    expect(view.nearest).toBeUndefined();
  });

  it('says when no place of the district has a position', () => {
    expect(nearMeView(onTheBund, '310101', []).nearest).toEqual([]);
  });

  it('keeps to the limit', () => {
    expect(nearMeView(onTheBund, '310101', places, 1).nearest?.map(({ item }) => item.id)).toEqual(['near']);
  });
});
