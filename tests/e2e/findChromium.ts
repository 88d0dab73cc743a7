/**
 * Which Chromium the end-to-end tests drive. Nothing here downloads a browser: Playwright's own
 * build is used if it is installed, else the system's, else the tests stop with a message saying
 * how to get one.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, playwrightsOwn(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (found) return found;
  throw new Error(
    [
      'No Chromium was found for the end-to-end tests.',
      'Install one of these, then run the tests again:',
      '  - Debian or Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)',
      "  - Playwright's own build, where downloads are allowed: npx playwright install chromium",
      '  - or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}
