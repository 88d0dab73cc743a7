/**
 * A good fictional place (示例) for tests that write places.json, only ever to a scratch copy of
 * content/: a workstation in 外滩街道, 黄浦区, about 200 m from 人民广场 (GCJ-02 as Amap gives it).
 */
export const examplePlace = {
  id: 'example-workstation',
  kind: 'minor-protection-workstation',
  district: '310101',
  street: '310101013',
  zh: { name: '示例工作站', address: '示例路1号' },
  en: { name: 'Example workstation' },
  location: { longitude: 121.4812, latitude: 31.2305, system: 'gcj02' },
  phone: '021-55550101',
  openingHours: 'Mo-Fr 09:00-17:00; PH off',
  services: [35],
  source: 'https://example.org/workstation',
  verified: '2026-03-01',
};
