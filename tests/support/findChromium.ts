/**
 * Which Chromium the end-to-end tests, Lighthouse and the search benchmark drive, and what to do
 * when there is none. Nothing here downloads a browser: Playwright's own build is used if it is
 * installed, else the system's; without one, `npm test` installs Debian's package when it can
 * (root, with apt-get: scripts/ensure-chromium.ts) and otherwise stops with the one command to run.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's browser, and a font with Chinese characters: without one, every Chinese page would render as boxes. */
export const debianPackages = ['chromium', 'fonts-noto-cjk'] as const;

/** The command a person without root runs to get them. */
export const installCommand = `sudo apt-get install ${debianPackages.join(' ')}`;

export interface Machine {
  /** The paths worth trying, in order: CHROMIUM_PATH, Playwright's own build, Debian's. */
  candidates: (string | undefined)[];
  exists: (path: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  /** Whether a font with Chinese characters is installed (fontconfig's `fc-list :lang=zh`). */
  hasChineseFont: boolean;
}

export type ChromiumDecision =
  { kind: 'found'; path: string; missingFont: boolean } | { kind: 'install'; packages: string[]; why: string } | { kind: 'ask'; message: string };

/** The first of the candidates that is there. */
function firstExisting(candidates: readonly (string | undefined)[], exists: (path: string) => boolean): string | undefined {
  return candidates.find((path): path is string => path !== undefined && path !== '' && exists(path));
}

/** What to do about the browser on this machine: use one, install Debian's packages, or ask a person to. */
export function decideChromium(machine: Machine): ChromiumDecision {
  const found = firstExisting(machine.candidates, machine.exists);
  if (found && machine.hasChineseFont) return { kind: 'found', path: found, missingFont: false };
  const packages = found ? ['fonts-noto-cjk'] : [...debianPackages];
  const why = found
    ? 'no font with Chinese characters is installed, and the tests read and screenshot Chinese pages'
    : "the end-to-end tests drive a real Chromium, and none was found (CHROMIUM_PATH, Playwright's own build, /usr/bin/chromium)";
  if (machine.isRoot && machine.hasAptGet) return { kind: 'install', packages, why };
  if (found) return { kind: 'found', path: found, missingFont: true };
  return {
    kind: 'ask',
    message: [
      'No Chromium was found for the end-to-end tests, and this user cannot install one (it needs root and apt-get).',
      `Run this, then run the tests again:\n  ${installCommand}`,
      'Or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  };
}

function playwrightsOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The paths tried, in order. */
export function chromiumCandidates(): (string | undefined)[] {
  return [process.env.CHROMIUM_PATH, playwrightsOwn(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
}

/** The Chromium to drive; throws with the command to run when there is none. */
export function findChromium(): string {
  const found = firstExisting(chromiumCandidates(), existsSync);
  if (found) return found;
  throw new Error(
    `No Chromium was found for the end-to-end tests. Run \`npm test\` as root to have it installed, or:\n  ${installCommand}\nor point CHROMIUM_PATH at a Chromium or Chrome executable.`,
  );
}
