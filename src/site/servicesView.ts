/** What the list of services (/services/) shows: each category with its services, and the departments that have any. */
import { servicesOfDepartment } from '../lib/content/relations.ts';
import { getSiteContent } from './siteContent.ts';

export async function servicesView() {
  const content = await getSiteContent();
  const { categories, services, departments } = content;
  return {
    departments,
    serviceCount: services.length,
    categories: categories.map((category) => ({ category, services: services.filter((service) => service.category === category.id) })),
    /** The departments responsible for at least one service, with how many. */
    responsible: departments.flatMap((department) => {
      const count = servicesOfDepartment(content, department).length;
      return count > 0 ? [{ department, count }] : [];
    }),
  };
}
