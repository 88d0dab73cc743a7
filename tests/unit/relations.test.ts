import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import {
  categoryOf,
  departmentById,
  departmentsOfService,
  hotlinesOfDepartment,
  hotlinesOfMeasure,
  hotlinesOfService,
  measuresOfDepartment,
  measuresOfService,
  officeKindById,
  placeKindById,
  serviceByNumber,
  servicesOfDepartment,
  servicesOfMeasure,
} from '../../src/lib/content/relations.ts';
import { contentDir } from './sourceFile.ts';

const content = loadContent(contentDir);
const service34 = serviceByNumber(content, 34);
const civilAffairs = departmentById(content, 'civil-affairs');
const health = departmentById(content, 'health');

describe('relations', () => {
  it('finds a service by its official number and its category', () => {
    expect(service34.number).toBe(34);
    expect(categoryOf(content, service34).id).toBe('development');
  });

  it('gives a service its hotlines and measures in the site order', () => {
    expect(hotlinesOfService(content, service34).map((hotline) => hotline.id)).toEqual(['962525', '12355', '12338', 'qingxiaoliao']);
    expect(measuresOfService(content, service34).map((measure) => measure.number)).toEqual([20, 21]);
  });

  it('gives a service its departments in the order the attachment lists them', () => {
    expect(departmentsOfService(content, service34).map((department) => department.id)).toEqual(service34.departments);
  });

  it('gives a measure the services cross-referenced to it', () => {
    const measure21 = content.measures.find((measure) => measure.number === 21);
    expect(servicesOfMeasure(content, measure21!).map((service) => service.number)).toEqual([34]);
  });

  it('gives a measure the hotlines it names', () => {
    const measureNumbered = (number: number) => content.measures.find((measure) => measure.number === number)!;
    expect(hotlinesOfMeasure(content, measureNumbered(21)).map((hotline) => hotline.id)).toEqual(['962525', '12355', '12338', 'qingxiaoliao']);
    expect(hotlinesOfMeasure(content, measureNumbered(29))).toEqual([]);
  });

  it('gives a department its services, measures and hotlines', () => {
    expect(servicesOfDepartment(content, civilAffairs).every((service) => service.departments.includes('civil-affairs'))).toBe(true);
    expect(servicesOfDepartment(content, civilAffairs).map((service) => service.number)).toContain(34);
    expect(measuresOfDepartment(content, civilAffairs).map((measure) => measure.number)).toEqual([
      1, 2, 3, 4, 10, 11, 12, 17, 18, 20, 22, 24, 25, 26, 28, 29, 30, 32,
    ]);
    expect(hotlinesOfDepartment(content, civilAffairs)).toEqual([]);
    expect(hotlinesOfDepartment(content, health).map((hotline) => hotline.id)).toEqual(['962525', '12355', '12338', 'qingxiaoliao']);
  });

  it('finds an office kind by the id other pages link to its map search with', () => {
    expect(officeKindById(content, 'community-health-centre').searchWord).toBe('社区卫生服务中心');
  });

  it('says what is missing instead of handing back nothing', () => {
    expect(() => serviceByNumber(content, 99)).toThrow('Service 99 is not in the content');
    expect(() => departmentById(content, 'ministry-of-magic')).toThrow('Department "ministry-of-magic" is not in the content');
    expect(() => placeKindById({ placeKinds: [] }, 'baby-house')).toThrow('Place kind "baby-house" is not in the content');
    expect(() => officeKindById({ officeKinds: [] }, 'community-affairs-centre')).toThrow('Office kind "community-affairs-centre" is not in the content');
    expect(() => categoryOf({ categories: [] }, service34)).toThrow('Category "development" of service 34 is not in the content');
  });
});
