import { describe, expect, test } from 'vitest';
import { decideChromium, type Machine } from '../support/findChromium.ts';

const bare: Machine = { candidates: [undefined, undefined, '/usr/bin/chromium'], exists: () => false, isRoot: false, hasAptGet: false, hasChineseFont: false };
const withChromium = (machine: Partial<Machine>): Machine => ({ ...bare, exists: (path) => path === '/usr/bin/chromium', ...machine });

describe('what the tests do about the browser', () => {
  test('use the Chromium they find, when it has a Chinese font', () => {
    expect(decideChromium(withChromium({ hasChineseFont: true }))).toEqual({ kind: 'found', path: '/usr/bin/chromium', missingFont: false });
  });

  test("prefer CHROMIUM_PATH to Debian's", () => {
    const machine = { ...bare, candidates: ['/opt/chrome/chrome', undefined, '/usr/bin/chromium'], exists: () => true, hasChineseFont: true };
    expect(decideChromium(machine)).toMatchObject({ kind: 'found', path: '/opt/chrome/chrome' });
  });

  test("install Debian's chromium and fonts-noto-cjk as root with apt-get, saying why", () => {
    const decision = decideChromium({ ...bare, isRoot: true, hasAptGet: true });
    expect(decision).toMatchObject({ kind: 'install', packages: ['chromium', 'fonts-noto-cjk'] });
    expect(decision.kind === 'install' && decision.why).toContain('none was found');
  });

  test('install only the font as root when Chromium is there without one', () => {
    expect(decideChromium(withChromium({ isRoot: true, hasAptGet: true }))).toMatchObject({ kind: 'install', packages: ['fonts-noto-cjk'] });
  });

  test('print the one command to run when not root', () => {
    const decision = decideChromium({ ...bare, hasAptGet: true });
    expect(decision.kind).toBe('ask');
    expect(decision.kind === 'ask' && decision.message).toContain('sudo apt-get install chromium fonts-noto-cjk');
  });

  test('print the command as root without apt-get too (not Debian)', () => {
    expect(decideChromium({ ...bare, isRoot: true }).kind).toBe('ask');
  });

  test('go on with a warning, not root, when only the font is missing', () => {
    expect(decideChromium(withChromium({}))).toEqual({ kind: 'found', path: '/usr/bin/chromium', missingFont: true });
  });
});
