/**
 * What the service worker precaches and how it answers, as options for workbox-build's
 * generateSW. Kept here, as plain data, so the rules are read and tested in one place.
 */

/** Where the offline page is, in the build: shown for a page that is not cached when offline. */
export const offlinePage = 'offline/index.html';

/**
 * Built files the worker keeps: every page of both languages (the short links `/s/34/` included,
 * though the sitemap leaves them out), scripts, styles, the search indexes, icons.
 */
export const precachePatterns = ['**/*.html', '**/*.js', '**/*.css', '**/*.json', '**/*.webmanifest', '**/*.svg', 'icons/*.png'];

/**
 * Built files it leaves out: the worker itself; the link-preview image, which only chat apps
 * fetch; the sitemaps, which only crawlers read; the 404 page, which the host serves.
 */
export const precacheIgnores = ['sw.js', 'og-image.png', 'sitemap*.xml', '404.html'];

/**
 * Every query parameter is ignored when looking a page up: WeChat adds `?from=singlemessage&isappinstalled=0`
 * to shared links, and a results page keeps its query in the fragment, which never reaches the worker.
 */
export const ignoredParameters = [/.*/u];

/** The generateSW options for the build in `dist` (an absolute path ending in `/`). */
export function workboxOptions(dist: string) {
  return {
    globDirectory: dist,
    globPatterns: precachePatterns,
    globIgnores: precacheIgnores,
    swDest: `${dist}sw.js`,
    ignoreURLParametersMatching: ignoredParameters,
    directoryIndex: 'index.html',
    // A deploy replaces the precache as a whole: old entries are removed when the new worker takes over.
    cleanupOutdatedCaches: true,
    // The first worker controls the open page at once, so the site is offline-ready after one visit.
    clientsClaim: true,
    // An update waits until the person agrees (the banner), so a page is never reloaded under them.
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production' as const,
    sourcemap: false,
    maximumFileSizeToCacheInBytes: 512 * 1024,
    runtimeCaching: [
      {
        // A page that is not in the precache (an unknown address): the network, or offline the offline page.
        urlPattern: ({ request }: { request: Request }) => request.mode === 'navigate',
        handler: 'NetworkOnly' as const,
        options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
      },
    ],
  };
}
