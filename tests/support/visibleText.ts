import { decodeEntities } from './entities.ts';

/**
 * The words a reader sees: the body (of a page, or a piece of one) without scripts, styles, tags or
 * attributes, each tag a space.
 * @example visibleText('<body><p>拨打<a href="tel:12345">12345</a></p></body>') // ' 拨打 12345  '
 */
export const visibleText = (html: string) =>
  decodeEntities(
    html
      .replace(/^[\s\S]*?<body/u, '<body')
      .replace(/<script[\s\S]*?<\/script>/gu, ' ')
      .replace(/<style[\s\S]*?<\/style>/gu, ' ')
      .replace(/<[^>]+>/gu, ' '),
  );
