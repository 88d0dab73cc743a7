/**
 * Where each district's tile sits in the schematic grid on /places/: a rough picture of which
 * district lies north, south, east or west of which, in five columns and four rows. It is a diagram
 * and deliberately not a map: publishing administrative boundaries in China needs an official map
 * review number (审图号), and a family needs only to recognise its district, not its shape.
 */

/** A tile's place: row 1 is the north, column 1 the west. */
export interface TilePosition {
  row: number;
  column: number;
}

export const tileGridColumns = 5;
export const tileGridRows = 4;

/** By district code (GB/T 2260). */
export const districtTilePositions: Readonly<Record<string, TilePosition>> = {
  '310114': { row: 1, column: 2 }, // 嘉定区, north-west
  '310113': { row: 1, column: 3 }, // 宝山区, north
  '310151': { row: 1, column: 5 }, // 崇明区, the islands in the river mouth
  '310118': { row: 2, column: 1 }, // 青浦区, west
  '310107': { row: 2, column: 2 }, // 普陀区
  '310106': { row: 2, column: 3 }, // 静安区
  '310109': { row: 2, column: 4 }, // 虹口区
  '310110': { row: 2, column: 5 }, // 杨浦区
  '310117': { row: 3, column: 1 }, // 松江区, south-west
  '310105': { row: 3, column: 2 }, // 长宁区
  '310104': { row: 3, column: 3 }, // 徐汇区
  '310101': { row: 3, column: 4 }, // 黄浦区, the centre, on the Huangpu's west bank
  '310115': { row: 3, column: 5 }, // 浦东新区, east of the river
  '310116': { row: 4, column: 1 }, // 金山区, far south-west
  '310112': { row: 4, column: 2 }, // 闵行区, south
  '310120': { row: 4, column: 4 }, // 奉贤区, south, on the bay
};

/**
 * The codes in reading order (row by row, west to east), so that the list a screen reader or the
 * keyboard goes through follows the picture a sighted reader sees. Codes without a position (none
 * today; a new district one day) come last, in code order.
 */
export function districtsInTileOrder<T extends { code: string }>(districts: readonly T[]): T[] {
  const rank = (code: string) => {
    const position = districtTilePositions[code];
    return position ? position.row * 100 + position.column : Number.MAX_SAFE_INTEGER;
  };
  return [...districts].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}
