import { describe, expect, it } from 'vitest';
import { collectionNames, collections, inListOrder, keyOf } from '../../src/lib/content/collections.ts';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { contentDir } from './sourceFile.ts';

const content = loadContent(contentDir);

describe('the collections registry', () => {
  it('loads every declared collection and nothing else', () => {
    expect(Object.keys(content).sort()).toEqual([...collectionNames].sort());
  });

  it('keys every record uniquely within its collection', () => {
    for (const name of collectionNames) {
      const keys = content[name].map((record) => keyOf(name, record));
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it('lists each collection in its declared order', () => {
    for (const name of collectionNames) {
      expect(content[name], name).toEqual(inListOrder(name, content[name]));
    }
    expect(content.services.map((service) => service.number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });

  it('sorts numbers by value, not as text', () => {
    const measures = [10, 2, 1].map((number) => ({ ...content.measures[0]!, number }));
    expect(inListOrder('measures', measures).map((measure) => measure.number)).toEqual([1, 2, 10]);
  });

  it('keys a service by its official number, as its URL does', () => {
    expect(collections.services.key).toBe('number');
    expect(keyOf('services', content.services[33]!)).toBe('34');
  });
});
