/**
 * Verified places, as they appear once the data owners import a spreadsheet: the site built a second
 * time from content with tests/fixtures/places/places-utf8-bom.csv imported (fictional rows, never
 * shipped), through `npm run places:import` itself. A place card gives the address as text, a
 * tap-to-call number, hours in words, the checked date and source, and map links with coordinates
 * in each app's system; "near me" sorts places with a position by distance, with a walking time.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveDist, type DistServer } from '../support/serveDist.ts';
import { expect, test } from './test.ts';

test.describe.configure({ mode: 'serial' });

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
let scratch: string;
let server: DistServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  scratch = mkdtempSync(join(tmpdir(), 'places-'));
  const content = join(scratch, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: `${content}/`, ASTRO_TELEMETRY_DISABLED: '1' };
  // The fixture's three rows, and a second located place in 黄浦区 (WGS-84 this time), so "near me" has two to order.
  const spreadsheet = join(scratch, 'places.csv');
  const secondPlace =
    "example-children-home,children-home,示例儿童之家,Example Children's Home,310101,310101013,示例街5号,,121.4752,31.2338,wgs84,,,,https://example.org/places/five,2026-03-05";
  writeFileSync(spreadsheet, `${readFileSync(join(projectRoot, 'tests/fixtures/places/places-utf8-bom.csv'), 'utf8').trimEnd()}\r\n${secondPlace}\r\n`);
  // Run without blocking the worker, so that Playwright's own timers and messages keep going through the build.
  const run = promisify(execFile);
  await run('node', ['scripts/places-import.ts', spreadsheet], { cwd: projectRoot, env });
  await run('npx', ['astro', 'build', '--outDir', join(scratch, 'dist/')], { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 });
  server = await serveDist(join(scratch, 'dist/'));
});

test.afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('a verified workstation is shown first in its street, with the map searches after it', async ({ page }) => {
  await page.goto(`${server.origin}/places/310101/#310101002`);
  const street = page.locator('[id="310101002"]');
  const card = street.locator('article.place-card');
  await expect(card.getByRole('heading', { level: 4 })).toContainText('示例街道未成年人保护工作站');
  await expect(card).toContainText('示例路1号');
  await expect(card.getByRole('link', { name: '021-55550101' })).toHaveAttribute('href', 'tel:02155550101');
  await expect(card).toContainText('周一至周五 09:00–17:00；法定节假日休息');
  await expect(card).toContainText('2026-03-01核实');
  await expect(card.getByRole('link', { name: '出处' })).toHaveAttribute('href', 'https://example.org/places/one');
  // The checked place first; Amap's searches stay as the fallback for the other offices.
  await expect(street.locator('article.place-card ~ .map-search').getByRole('link')).toHaveCount(4);
  // A street with no checked place has the searches alone.
  await expect(page.locator('[id="310101015"] article.place-card')).toHaveCount(0);
  await expect(page.locator('[id="310101015"] .map-search').getByRole('link')).toHaveCount(4);

  // The row's coordinates are GCJ-02: Amap and Apple get them as they are, Baidu is told their system.
  const amap = new URL((await card.getByRole('link', { name: '高德地图' }).getAttribute('href'))!);
  expect(amap.host).toBe('uri.amap.com');
  expect(amap.searchParams.get('position')).toBe('121.481200,31.230500');
  expect(amap.searchParams.get('coordinate')).toBe('gaode');
  const baidu = new URL((await card.getByRole('link', { name: '百度地图' }).getAttribute('href'))!);
  expect(baidu.searchParams.get('location')).toBe('31.230500,121.481200');
  expect(baidu.searchParams.get('coord_type')).toBe('gcj02');
  const apple = new URL((await card.getByRole('link', { name: '苹果地图' }).getAttribute('href'))!);
  expect(apple.searchParams.get('ll')).toBe('31.230500,121.481200');
  // Nothing the visitor looked at goes to a map app with the tap.
  await expect(card.getByRole('link', { name: '高德地图' })).toHaveAttribute('rel', /noreferrer/u);
});

test('a district institution with a listed hotline, in English', async ({ page }) => {
  await page.goto(`${server.origin}/en/places/310115/`);
  const rescue = page.locator('section[aria-labelledby="rescue-title"]');
  await expect(rescue).toContainText('Example District Rescue and Protection Institution');
  await expect(rescue.getByRole('link', { name: '12355' })).toHaveAttribute('href', 'tel:12355');
  await expect(rescue).toContainText('Open 24 hours, every day');
  await expect(rescue).not.toContainText('has not yet checked');
});

test.describe('near me', () => {
  // About 300 m west of the fictional workstation, in WGS-84 as a phone reports it.
  test.use({ permissions: ['geolocation'], geolocation: { longitude: 121.4735, latitude: 31.2322 } });

  test('lists the verified places with a position, nearest first, with a walking time', async ({ page }) => {
    await page.goto(`${server.origin}/places/`);
    await page.getByRole('button', { name: '用我的位置' }).click();
    await expect(page).toHaveURL(/\/places\/310101\/$/u);
    const nearest = page.locator('[data-near-me] ol li');
    await expect(nearest).toHaveCount(2);
    // 240 m to the children's home (WGS-84). The workstation's GCJ-02 row is 300 m away once
    // converted; read as if it were WGS-84 it would be 760 m and 12 minutes.
    await expect(nearest.nth(0).getByRole('link')).toHaveAttribute('href', '#place-example-children-home');
    await expect(nearest.nth(0)).toContainText('约240米，步行约4分钟');
    await expect(nearest.nth(1).getByRole('link')).toHaveAttribute('href', '#place-example-workstation-one');
    await expect(nearest.nth(1)).toContainText('约300米，步行约5分钟');
  });
});
