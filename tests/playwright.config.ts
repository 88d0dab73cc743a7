import { defineConfig } from '@playwright/test';
import { findChromium } from './support/findChromium.ts';

/**
 * The built site is served here by `astro preview`. It is `npm start`'s port too: Astro runs one
 * preview server a project, so while `npm start` serves the same build, the tests use it.
 * E2E_PORT moves it, for a second checkout tested on the same machine.
 */
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // The per-page counts ("axe 186/186, …") beside the usual list, into test-results/page-checks.json for `npm test`.
  reporter: [['list'], ['./support/pageChecksReporter.ts'], ['./support/slowTestsReporter.ts']],
  // The ten slowest tests over 30 s, listed at the end (slowTestsReporter.ts), so a check that grows the suite's time is seen when it lands.
  reportSlowTests: { max: 10, threshold: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A cheap Android phone is the main screen.
    viewport: { width: 360, height: 800 },
    locale: 'zh-CN',
    // Each test starts in a fresh browser; a service worker saving the whole site in every one of
    // them would only slow the suite. offline.spec.ts allows it, and tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      // Chromium's own background traffic (updates, sync) would be requests that leave this machine.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
