/**
 * Before the end-to-end tests: makes sure there is a Chromium and a Chinese font to drive, installing
 * Debian's packages when this runs as root with apt-get (CI, a fresh container), and otherwise
 * stopping with the one command a person runs. Never downloads a browser from anywhere else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumCandidates, decideChromium } from '../tests/support/findChromium.ts';

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function hasChineseFont(): boolean {
  const listed = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.trim() !== '';
}

const decision = decideChromium({
  candidates: chromiumCandidates(),
  exists: existsSync,
  isRoot: process.getuid?.() === 0,
  hasAptGet: succeeds('sh', ['-c', 'command -v apt-get']),
  hasChineseFont: hasChineseFont(),
});

if (decision.kind === 'found') {
  console.log(`Chromium: ${decision.path}`);
  if (decision.missingFont)
    console.warn(`No font with Chinese characters is installed; Chinese pages will render as boxes. To fix: sudo apt-get install fonts-noto-cjk`);
} else if (decision.kind === 'install') {
  console.log(`Installing Debian's ${decision.packages.join(' and ')}: ${decision.why}.`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', ...decision.packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} else {
  console.error(decision.message);
  process.exit(1);
}
