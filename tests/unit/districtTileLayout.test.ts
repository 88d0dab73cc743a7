import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { districtTilePositions, districtsInTileOrder, tileGridColumns, tileGridRows } from '../../src/lib/places/districtTileLayout.ts';
import { contentDir } from './sourceFile.ts';

const { districts } = loadContent(contentDir);

describe('the schematic district grid', () => {
  it('gives every district a tile of its own inside the grid', () => {
    const cells = districts.map((district) => {
      const position = districtTilePositions[district.code];
      expect(position, district.code).toBeDefined();
      expect(position!.row).toBeGreaterThanOrEqual(1);
      expect(position!.row).toBeLessThanOrEqual(tileGridRows);
      expect(position!.column).toBeGreaterThanOrEqual(1);
      expect(position!.column).toBeLessThanOrEqual(tileGridColumns);
      return `${position!.row},${position!.column}`;
    });
    expect(new Set(cells).size).toBe(districts.length);
  });

  it('lists the districts in the order the grid reads, row by row from the north-west', () => {
    const names = districtsInTileOrder(districts).map((district) => district.zh.name);
    expect(names.slice(0, 3)).toEqual(['嘉定区', '宝山区', '崇明区']);
    expect(names.at(-1)).toBe('奉贤区');
    expect(names.indexOf('黄浦区')).toBeLessThan(names.indexOf('浦东新区'));
  });

  it('puts a district it has no place for last rather than dropping it', () => {
    const order = districtsInTileOrder([{ code: '310199' }, { code: '310101' }]);
    expect(order.map((district) => district.code)).toEqual(['310101', '310199']);
  });
});
