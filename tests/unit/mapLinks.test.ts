import { describe, expect, it } from 'vitest';
import { gcj02ToBd09, wgs84ToGcj02 } from '../../src/lib/places/coordinates.ts';
import { mapLinks } from '../../src/lib/places/mapLinks.ts';

// 人民广场 in WGS-84; in GCJ-02 it is (121.478223, 31.228458), as wgs84ToGcj02 gives.
const peoplesSquareWgs84 = { longitude: 121.4737, latitude: 31.2304, system: 'wgs84' as const };
const peoplesSquareGcj02 = wgs84ToGcj02(peoplesSquareWgs84);
const encodedName = '%E4%BA%BA%E6%B0%91%E5%B9%BF%E5%9C%BA';

describe('mapLinks for a WGS-84 position', () => {
  const links = mapLinks({ name: '人民广场', location: peoplesSquareWgs84 });

  it('gives Amap the position converted to GCJ-02, longitude first', () => {
    expect(peoplesSquareGcj02.longitude.toFixed(6)).toBe('121.478223');
    expect(links.amap).toBe(
      `https://uri.amap.com/marker?position=121.478223,31.228458&name=${encodedName}&src=shanghai-migrant-children&coordinate=gaode&callnative=1`,
    );
  });

  it('gives Baidu the position unconverted, latitude first, saying it is WGS-84', () => {
    expect(links.baidu).toBe(
      `https://api.map.baidu.com/marker?location=31.230400,121.473700&title=${encodedName}&content=${encodedName}` +
        '&output=html&coord_type=wgs84&src=webapp.shanghai-migrant-children.services',
    );
  });

  it('gives Apple Maps the position converted to GCJ-02, latitude first', () => {
    expect(links.apple).toBe(`https://maps.apple.com/?ll=31.228458,121.478223&q=${encodedName}`);
  });
});

describe('mapLinks for a GCJ-02 position', () => {
  // Copied from Amap's own map, so already GCJ-02: nothing may shift it.
  const links = mapLinks({ name: '人民广场', location: { longitude: 121.475, latitude: 31.2285, system: 'gcj02' } });

  it('passes it through to Amap and Apple Maps', () => {
    expect(links.amap).toContain('position=121.475000,31.228500&');
    expect(links.apple).toContain('ll=31.228500,121.475000&');
  });

  it('passes it through to Baidu, saying it is GCJ-02', () => {
    expect(links.baidu).toContain('location=31.228500,121.475000&');
    expect(links.baidu).toContain('&coord_type=gcj02&');
  });
});

describe('mapLinks for a BD-09 position', () => {
  const bd09 = { longitude: 121.4815, latitude: 31.2349, system: 'bd09' as const };
  const links = mapLinks({ name: '人民广场', location: bd09 });

  it('passes it to Baidu as bd09ll', () => {
    expect(links.baidu).toContain('location=31.234900,121.481500&');
    expect(links.baidu).toContain('&coord_type=bd09ll&');
  });

  it("converts it to GCJ-02 for Amap: a position that Baidu's own formula takes back to the input", () => {
    const [longitude, latitude] = new URL(links.amap).searchParams.get('position')!.split(',').map(Number) as [number, number];
    // BD-09 sits about 0.0065° east and 0.006° north of GCJ-02 (the published offset), so a
    // position passed through unconverted would fail the first check.
    expect(bd09.longitude - longitude).toBeGreaterThan(0.005);
    expect(bd09.latitude - latitude).toBeGreaterThan(0.004);
    const back = gcj02ToBd09({ longitude, latitude });
    expect(back.longitude).toBeCloseTo(bd09.longitude, 5);
    expect(back.latitude).toBeCloseTo(bd09.latitude, 5);
  });
});

describe('mapLinks names', () => {
  const links = mapLinks({ name: 'Tom & Jerry #1 <script>', location: peoplesSquareWgs84 });
  const encoded = 'Tom%20%26%20Jerry%20%231%20%3Cscript%3E';

  it('encodes &, # and < > so the name cannot break or leave the address', () => {
    expect(links.amap).toContain(`&name=${encoded}&`);
    expect(links.baidu).toContain(`&title=${encoded}&content=${encoded}&`);
    expect(links.apple).toMatch(new RegExp(`&q=${encoded}$`, 'u'));
    for (const link of Object.values(links)) {
      expect(link).not.toMatch(/[<>#\s]/u);
      expect(new URL(link).hash).toBe('');
    }
  });

  it('keeps the name whole when the address is read back', () => {
    expect(new URL(links.amap).searchParams.get('name')).toBe('Tom & Jerry #1 <script>');
    expect(new URL(links.baidu).searchParams.get('title')).toBe('Tom & Jerry #1 <script>');
    expect(new URL(links.apple).searchParams.get('q')).toBe('Tom & Jerry #1 <script>');
  });
});
