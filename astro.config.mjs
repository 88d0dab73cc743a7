// @ts-check
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy, pagePolicies } from './src/integrations/contentSecurityPolicy.ts';
import { offline } from './src/integrations/offline.ts';
import { parseReportContact } from './src/lib/outreach/reportContact.ts';

/**
 * The site's public address: canonical URLs, the sitemap, link previews and (later) QR codes all
 * come from it. Set SITE_URL when building for a real host, e.g.
 * `SITE_URL=https://example.org npm run build`. Locally it is the preview server's address.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Where "Report a mistake" tells people to write or call: REPORT_EMAIL and/or REPORT_PHONE, each
 * shown only when set (src/site/reportContact.ts reads them for the pages). Parsed here first so
 * that a malformed value stops the build at once, with a message naming the variable.
 */
parseReportContact(process.env);

/** Pages that are not content: kept out of the sitemap. Short links (`/s/34/`) only lead to a service page. */
const notInSitemap = [/\/404\/?$/u, /^\/offline\/$/u, /^(?:\/en)?\/s\/\d+\/$/u];

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: {
    build: {
      // Scripts stay files rather than copies inlined into every page: inlined, a small script is
      // saved offline once for each of the ~270 pages (about 0.7 KB gzip each); as a file, once.
      // Other assets keep Vite's default.
      assetsInlineLimit: (filePath) => (filePath.endsWith('.js') ? false : undefined),
    },
  },
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  // A strict policy in every page: 'self' and hashes, no inline code but what is hashed, no other host.
  security: { csp: contentSecurityPolicy },
  integrations: [
    preact(),
    sitemap({ filter: (page) => !notInSitemap.some((pattern) => pattern.test(new URL(page).pathname)) }),
    // Rewrites each page's policy, so it comes before offline(), which precaches the pages as they end up.
    pagePolicies(),
    // Last: it precaches what the others have written.
    offline(),
  ],
});
