/**
 * The links between services, measures, departments, hotlines, categories, places and offices, in
 * one place. Lists come back in the site's order (the order of `content`). loadContent has checked
 * every reference, so a miss here is a programming error: it throws, naming what is missing,
 * rather than handing a page `undefined`.
 */
import type { SiteContent } from './collections.ts';
import type { OfficeKind, OfficeKindId, PlaceKind, PlaceKindId } from './placeSchemas.ts';
import type { Category, Department, Hotline, Measure, Service } from './schemas.ts';

/** The collections a look-up reads; read-only, so a component can pass its props as they are. */
type From<Names extends keyof SiteContent> = { readonly [Name in Names]: readonly SiteContent[Name][number][] };

function found<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw new Error(`${what} is not in the content`);
  return record;
}

export function categoryOf(content: From<'categories'>, service: Service): Category {
  return found(content.categories.find((category) => category.id === service.category), `Category "${service.category}" of service ${service.number}`);
}

export function serviceByNumber(content: From<'services'>, number: number): Service {
  return found(content.services.find((service) => service.number === number), `Service ${number}`);
}

export function departmentById(content: From<'departments'>, id: string): Department {
  return found(content.departments.find((department) => department.id === id), `Department "${id}"`);
}

export function hotlineById(content: From<'hotlines'>, id: string): Hotline {
  return found(content.hotlines.find((hotline) => hotline.id === id), `Hotline "${id}"`);
}

export function placeKindById(content: From<'placeKinds'>, id: PlaceKindId): PlaceKind {
  return found(content.placeKinds.find((kind) => kind.id === id), `Place kind "${id}"`);
}

/** An office a street's map search looks for, by the id other pages name it with. */
export function officeKindById(content: From<'officeKinds'>, id: OfficeKindId): OfficeKind {
  return found(content.officeKinds.find((kind) => kind.id === id), `Office kind "${id}"`);
}

/** The hotlines the site cross-references from a service. */
export function hotlinesOfService(content: From<'hotlines'>, service: Service): Hotline[] {
  return content.hotlines.filter((hotline) => service.hotlines.includes(hotline.id));
}

/** The measures of the plan the site cross-references from a service. */
export function measuresOfService(content: From<'measures'>, service: Service): Measure[] {
  return content.measures.filter((measure) => service.measures.includes(measure.number));
}


/** The hotlines a measure names (measure 21 names the plan's four lines). */
export function hotlinesOfMeasure(content: From<'hotlines'>, measure: Measure): Hotline[] {
  return content.hotlines.filter((hotline) => hotline.measures.includes(measure.number));
}

/** The services cross-referenced to a measure. */
export function servicesOfMeasure(content: From<'services'>, measure: Measure): Service[] {
  return content.services.filter((service) => service.measures.includes(measure.number));
}

/** The services a department is responsible for (责任部门). */
export function servicesOfDepartment(content: From<'services'>, department: Department): Service[] {
  return content.services.filter((service) => service.departments.includes(department.id));
}

/** The measures that name a department in their brackets. */
export function measuresOfDepartment(content: From<'measures'>, department: Department): Measure[] {
  return content.measures.filter((measure) => measure.departments.includes(department.id));
}

/** The hotlines the plan names a department with. */
export function hotlinesOfDepartment(content: From<'hotlines'>, department: Department): Hotline[] {
  return content.hotlines.filter((hotline) => hotline.departments.includes(department.id));
}

/** A service's departments, in the order the attachment lists them. */
export function departmentsOfService(content: From<'departments'>, service: Service): Department[] {
  return service.departments.map((id) => departmentById(content, id));
}
