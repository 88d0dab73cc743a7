import { describe, expect, it } from 'vitest';
import { amapSearchUrl, streetOfficeKeyword } from '../../src/lib/places/mapSearch.ts';

const bundHealthCentre = '外滩街道社区卫生服务中心';
// 人民广场 in WGS-84, as a phone reports it; (121.478223, 31.228458) in GCJ-02 (see mapLinks.test.ts).
const peoplesSquare = { longitude: 121.4737, latitude: 31.2304 };

describe('streetOfficeKeyword', () => {
  it("is the street's full name followed by the office, as a family would type it", () => {
    expect(streetOfficeKeyword('外滩街道', '社区事务受理服务中心')).toBe('外滩街道社区事务受理服务中心');
    expect(streetOfficeKeyword('朱家角镇', '社区卫生服务中心')).toBe('朱家角镇社区卫生服务中心');
  });
});

describe('amapSearchUrl for a street', () => {
  const url = amapSearchUrl(bundHealthCentre);

  it("opens Amap's search for the keyword in Shanghai, saying who sent it, in the app when there is one", () => {
    expect(url).toBe('https://uri.amap.com/search?keyword=外滩街道社区卫生服务中心&city=310000&src=shanghai-migrant-children&callnative=1');
  });

  it('reaches Amap with the keyword in UTF-8, as the browser encodes it when the link is followed', () => {
    expect(new URL(url).href).toBe(
      'https://uri.amap.com/search?keyword=%E5%A4%96%E6%BB%A9%E8%A1%97%E9%81%93%E7%A4%BE%E5%8C%BA%E5%8D%AB%E7%94%9F%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83' +
        '&city=310000&src=shanghai-migrant-children&callnative=1',
    );
  });

  it('gives Amap the keyword whole when the address is read back, and no position', () => {
    const { searchParams } = new URL(url);
    expect(searchParams.get('keyword')).toBe(bundHealthCentre);
    expect(searchParams.get('city')).toBe('310000');
    expect(searchParams.get('src')).toBe('shanghai-migrant-children');
    expect(searchParams.get('callnative')).toBe('1');
    expect(searchParams.has('center')).toBe(false);
  });

  it('encodes &, # and spaces so a keyword cannot add parameters or cut the address short', () => {
    const odd = amapSearchUrl('甲 & 乙#1?city=110000');
    expect(odd).toContain('keyword=甲%20%26%20乙%231%3Fcity%3D110000&');
    const { searchParams, hash } = new URL(odd);
    expect(searchParams.get('keyword')).toBe('甲 & 乙#1?city=110000');
    expect(searchParams.getAll('city')).toEqual(['310000']);
    expect(hash).toBe('');
  });

  it('keeps full-width punctuation, spaces and invisible characters encoded, so no text hides in the address', () => {
    const odd = amapSearchUrl('甲\u3000乙\u200B（丙）<b>');
    expect(odd).toContain('keyword=甲%E3%80%80乙%E2%80%8B%EF%BC%88丙%EF%BC%89%3Cb%3E&');
    expect(new URL(odd).searchParams.get('keyword')).toBe('甲\u3000乙\u200B（丙）<b>');
  });
});

describe('amapSearchUrl around a position', () => {
  it('converts a phone position (WGS-84) to GCJ-02 and rounds it to three decimals, about 100 m', () => {
    const url = amapSearchUrl('社区卫生服务中心', { ...peoplesSquare, system: 'wgs84' });
    expect(new URL(url).searchParams.get('center')).toBe('121.478,31.228');
    // Unconverted, the centre would be about 500 m off: 121.474,31.230.
    expect(url).not.toContain('121.474');
  });

  it('passes a GCJ-02 position through, only rounded', () => {
    const url = amapSearchUrl('社区卫生服务中心', { longitude: 121.47549, latitude: 31.22851, system: 'gcj02' });
    expect(new URL(url).searchParams.get('center')).toBe('121.475,31.229');
  });

  it('keeps the keyword, city, caller and app hand-off beside the centre', () => {
    const { searchParams } = new URL(amapSearchUrl('社区卫生服务中心', { ...peoplesSquare, system: 'wgs84' }));
    expect([...searchParams.keys()]).toEqual(['keyword', 'center', 'city', 'src', 'callnative']);
    expect(searchParams.get('keyword')).toBe('社区卫生服务中心');
  });
});
