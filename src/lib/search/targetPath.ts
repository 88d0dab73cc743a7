/**
 * The language-neutral address of a search target; pages add /en/ with localisedPath.
 * @example targetPath('service:3') // '/services/3/'
 * @example targetPath('hotline:12355') // '/hotlines/#hotline-12355'
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
    default:
      return '/';
  }
}
