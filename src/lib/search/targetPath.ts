/**
 * The language-neutral address of a search target; pages add /en/ with localisedPath.
 * @example targetPath('service:3') // '/services/3/'
 * @example targetPath('hotline:12355') // '/hotlines/#hotline-12355'
 * @example targetPath('none:residence-permit') // '/about/#not-in-plan-residence-permit'
 * @example targetPath('street:310101013') // '/places/310101/#310101013'
 */
export function targetPath(target: string): string {
  const separator = target.indexOf(':');
  const kind = target.slice(0, separator);
  const key = target.slice(separator + 1);
  switch (kind) {
    case 'service':
      return `/services/${key}/`;
    case 'hotline':
      return `/hotlines/#hotline-${key}`;
    case 'measure':
      return `/policy/#measure-${key}`;
    case 'department':
      return `/departments/${key}/`;
    case 'category':
      return `/services/#category-${key}`;
    case 'page':
      return `/${key}/`;
    case 'none':
      return `/about/#not-in-plan-${key}`;
    case 'district':
      return `/places/${key}/`;
    case 'street':
      // A street or town is a section of its district's page; its code starts with the district's six digits.
      return `/places/${key.slice(0, 6)}/#${key}`;
    default:
      return '/';
  }
}
