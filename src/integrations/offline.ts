/**
 * Makes the site work offline, after the build: draws the app icons, then generates the Workbox
 * service worker (dist/sw.js) that precaches every page, script, style and search index with a
 * revision each, so a deploy never serves a mix of old and new.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import { workboxOptions } from '../lib/offline/workboxConfig.ts';
import { writeAppIcons } from './appIcons.ts';

export function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await writeAppIcons(fileURLToPath(new URL('../../design/app-icon.svg', import.meta.url)), dist);
        const { count, size, warnings } = await generateSW(workboxOptions(dist) satisfies GenerateSWOptions);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB before compression`);
      },
    },
  };
}
