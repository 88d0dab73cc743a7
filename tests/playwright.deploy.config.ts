import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The deployment tests (`npm run test:deploy`): the build served by nginx with deploy/nginx.conf,
 * each spec starting and stopping its own nginx on a loopback port (tests/deploy/nginx.ts). Apart
 * from that server, the browser is set up as for the end-to-end tests. Not part of `npm test`,
 * which needs no nginx; CI runs both.
 */
const { webServer: _previewServer, ...endToEnd } = base;
const { baseURL: _previewAddress, ...browser } = endToEnd.use ?? {};

export default defineConfig({
  ...endToEnd,
  testDir: './deploy',
  // One worker a file, so the tests of a file share its nginx (one port a file).
  fullyParallel: false,
  outputDir: '../test-results/deploy',
  globalSetup: './deploy/globalSetup.ts',
  use: browser,
});
