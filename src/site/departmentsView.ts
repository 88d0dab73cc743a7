/** What the departments' pages show: the list with each one's counts, and one department's services, measures and hotlines. */
import { hotlineById, hotlinesOfDepartment, measuresOfDepartment, servicesOfDepartment } from '../lib/content/relations.ts';
import type { Department } from '../lib/content/schemas.ts';
import { getSiteContent } from './siteContent.ts';

/** Every department, in the plan's order, with how many services and measures name it. */
export async function departmentsView() {
  const content = await getSiteContent();
  return content.departments.map((department) => ({
    department,
    counts: { services: servicesOfDepartment(content, department).length, measures: measuresOfDepartment(content, department).length },
  }));
}

export async function departmentView(department: Department) {
  const content = await getSiteContent();
  return {
    departments: content.departments,
    services: servicesOfDepartment(content, department),
    measures: measuresOfDepartment(content, department),
    hotlines: hotlinesOfDepartment(content, department),
    /** The plan gives no department a phone number: the page offers 12345 to ask. */
    cityHotline: hotlineById(content, '12345'),
  };
}
