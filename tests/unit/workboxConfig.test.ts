import { describe, expect, it } from 'vitest';
import { workboxOptions } from '../../src/lib/offline/workboxConfig.ts';

const options = workboxOptions('/site/dist/');

describe('workboxOptions', () => {
  it('ignores every query parameter, so links shared in WeChat open offline', () => {
    for (const parameter of ['from', 'isappinstalled', 'q', 'utm_source']) {
      expect(
        options.ignoreURLParametersMatching.some((pattern) => pattern.test(parameter)),
        parameter,
      ).toBe(true);
    }
  });

  it('waits for the person before a new version takes over, and removes outdated caches', () => {
    expect(options.skipWaiting).toBe(false);
    expect(options.cleanupOutdatedCaches).toBe(true);
  });

  it('writes the worker into the build and never precaches it', () => {
    expect(options.swDest).toBe('/site/dist/sw.js');
    expect(options.globIgnores).toContain('sw.js');
  });

  it('answers only page navigations that are not precached from the network, with the offline page as fallback', () => {
    const [route] = options.runtimeCaching;
    expect(route!.urlPattern({ request: { mode: 'navigate' } as Request })).toBe(true);
    expect(route!.urlPattern({ request: { mode: 'cors' } as Request })).toBe(false);
    expect(route!.options.precacheFallback.fallbackURL).toBe('/offline/index.html');
  });
});
