/**
 * The 15-minute service circle: a family finds its district and street by keyboard, or by asking
 * the phone where it is (a mocked position, which leaves the page only in an Amap search the family
 * taps, rounded), and gets a clear message and the manual choice when the phone will not say. District pages and "near me" work
 * offline. Axe and the 360 px check run on every places page in everyPage.spec.ts.
 */
import { cutTheNetwork, visitUntilSaved } from './offlineHelpers.ts';
import { builtSite } from '../support/sitemap.ts';
import { serveDist } from '../support/serveDist.ts';
import { watchPage } from './site.ts';
import { expect, test, type Page } from './test.ts';

/** WGS-84 positions well inside a district (their sources are in tests/unit/districtBoundaries.test.ts). */
const peoplesSquare = { longitude: 121.4737, latitude: 31.2304 }; // 人民广场, 黄浦区
const lujiazui = { longitude: 121.4998, latitude: 31.2397 }; // 陆家嘴, 浦东新区
const suzhou = { longitude: 120.585, latitude: 31.299 }; // 苏州, Jiangsu: not Shanghai

/** Makes the phone answer a location request with an error, as a phone without a fix does. */
async function failLocation(page: Page, code: 1 | 2 | 3) {
  await page.addInitScript((errorCode) => {
    const error = { code: errorCode, message: 'test', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 };
    navigator.geolocation.getCurrentPosition = (_success, failure) => {
      setTimeout(() => failure?.(error as GeolocationPositionError), 50);
    };
  }, code);
}

test('a district and a street are chosen by keyboard alone, and the street offers searches in the map app', async ({ page }) => {
  await page.goto('/places/');
  const district = page.getByRole('link', { name: '黄浦区' });
  // Tab until the district link has focus, as a keyboard user would.
  for (let i = 0; i < 60 && !(await district.evaluate((link) => link === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(district).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/places\/310101\/$/u);
  await expect(page.locator('h1')).toHaveText('黄浦区的服务点');

  const street = page.locator('.street-index').getByRole('link', { name: '外滩街道' });
  for (let i = 0; i < 60 && !(await street.evaluate((link) => link === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(street).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/places\/310101\/#310101013$/u);
  const section = page.locator('[id="310101013"]');
  await expect(section.getByRole('heading', { level: 3 })).toHaveText('外滩街道');
  await expect(section).toBeInViewport();
  // No address is claimed: the street hands the family to Amap's own search, saying whose results they are.
  await expect(section).toContainText('结果来自高德地图，请核对名称和地址。');
  const search = section.getByRole('link', { name: '在高德地图搜索「外滩街道未成年人保护工作站」' });
  await expect(search).toHaveAttribute('href', /^https:\/\/uri\.amap\.com\/search\?keyword=外滩街道未成年人保护工作站&city=310000&/u);
  await expect(search).toHaveAttribute('rel', 'noreferrer');
  await expect(search).toHaveAccessibleDescription('结果来自高德地图，请核对名称和地址。');
  await expect(section.getByRole('link', { name: /^在高德地图搜索「外滩街道/u })).toHaveCount(4);
  // 12345 stays one tap away.
  await expect(page.getByRole('link', { name: '拨打12345' })).toHaveAttribute('href', 'tel:12345');
});

test('every street and town of a district has its section, anchored by its code', async ({ page }) => {
  await page.goto('/en/places/310115/');
  await expect(page.locator('h1')).toHaveText('Services in Pudong New District');
  const sections = page.locator('section.street');
  // 浦东新区 has 36 streets and towns in the code list once its 7 statistical units are left out.
  await expect(sections).toHaveCount(36);
  for (const id of await sections.evaluateAll((all) => all.map((section) => section.id))) expect(id).toMatch(/^310115\d{3}$/u);
  // In English too, the search is for the street's Chinese name, with the office's English name beside it.
  const zhangjiang = page.locator('[id="310115125"]');
  await expect(zhangjiang).toContainText('Community health service centre');
  await expect(zhangjiang.getByRole('link', { name: 'Search Amap for 「张江镇社区卫生服务中心」' })).toHaveAttribute(
    'href',
    /^https:\/\/uri\.amap\.com\/search\?keyword=张江镇社区卫生服务中心&/u,
  );
  // The district institution: no name, address or number is invented for it.
  await expect(page.locator('section[aria-labelledby="rescue-title"]')).toContainText('This site has not yet checked the name, address or phone number');
});

test.describe('near me, with the position the phone gives', () => {
  test.use({ permissions: ['geolocation'], geolocation: peoplesSquare });

  test('finds the district on the phone and opens its page', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('/places/');
    await page.getByRole('button', { name: '用我的位置' }).click();
    await expect(page).toHaveURL(/\/places\/310101\/$/u);
    const nearMe = page.locator('[data-near-me]');
    await expect(nearMe).toContainText('按您的位置，您在黄浦区。');
    // No place in the shipped data has a checked position yet, and the page says so.
    await expect(nearMe).toContainText('黄浦区还没有标出位置的已核实地点，所以无法按远近排列。');
    // The position stayed on the phone: no request carried it, and no URL holds it.
    expect(watch.requests.some((url) => url.includes('121.47') || url.includes('31.23'))).toBe(false);
    expect(page.url()).not.toContain('121');

    await nearMe.getByRole('button', { name: '忘掉我的位置' }).click();
    await expect(nearMe).toContainText('已经忘掉您的位置。');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test('on another district page, points to the district it found', async ({ page, context }) => {
    await context.setGeolocation(lujiazui);
    await page.goto('/en/places/310101/');
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page).toHaveURL(/\/en\/places\/310115\/$/u);
    await expect(page.locator('[data-near-me]')).toContainText('From your location, you are in Pudong New District.');
  });

  test('offers Amap searches around the family, saying before any tap that a tap sends their rough position', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('/places/310101/');
    const nearMe = page.locator('[data-near-me]');
    await expect(nearMe).toContainText('只有您再点高德地图搜索，高德地图才会收到您的大致位置（约100米范围）。');
    await nearMe.getByRole('button', { name: '用我的位置' }).click();
    await expect(nearMe).toContainText('点下面的搜索，会把您的大致位置（约100米范围）发给高德地图。');
    // The warning stands right before the searches, and each search is described by it.
    const searches = nearMe.locator('#near-me-search-note + .map-search').getByRole('link');
    await expect(searches).toHaveCount(4);
    const health = nearMe.getByRole('link', { name: '在高德地图搜索附近的「社区卫生服务中心」' });
    await expect(health).toHaveAccessibleDescription(/会把您的大致位置（约100米范围）发给高德地图/u);
    await expect(health).toHaveAttribute('rel', 'noreferrer');
    const url = new URL((await health.getAttribute('href'))!);
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/search');
    expect(url.searchParams.get('keyword')).toBe('社区卫生服务中心');
    expect(url.searchParams.get('city')).toBe('310000');
    // 人民广场 as the phone reports it (WGS-84) is 121.478, 31.228 on Amap's own map (GCJ-02), to about 100 m.
    expect(url.searchParams.get('center')).toBe('121.478,31.228');
    // Until a search is tapped, nothing carried the position anywhere.
    expect(watch.requests.some((request) => request.includes('121.47') || request.includes('31.22') || request.includes('amap'))).toBe(false);

    await nearMe.getByRole('button', { name: '忘掉我的位置' }).click();
    await expect(nearMe.getByRole('link', { name: /在高德地图搜索附近的/u })).toHaveCount(0);
  });

  test('in English, names each office beside the Chinese search around the family', async ({ page, context }) => {
    await context.setGeolocation(lujiazui);
    await page.goto('/en/places/310115/');
    const nearMe = page.locator('[data-near-me]');
    await nearMe.getByRole('button', { name: 'Use my location' }).click();
    await expect(nearMe).toContainText('Tapping a search below sends your approximate position (to about 100 m) to Amap.');
    await expect(nearMe).toContainText('Minor protection workstation');
    const workstation = nearMe.getByRole('link', { name: 'Search Amap near you for 「未成年人保护工作站」' });
    await expect(workstation.locator('span[lang="zh-CN"]')).toHaveText('未成年人保护工作站');
    // 陆家嘴 (WGS-84) in GCJ-02, rounded.
    expect(new URL((await workstation.getAttribute('href'))!).searchParams.get('center')).toBe('121.504,31.238');
  });

  test('near a border, offers the neighbouring district too', async ({ page, context }) => {
    // On the Huangpu's west bank by the Bund: 黄浦区, a few hundred metres from 浦东新区 across the river.
    await context.setGeolocation({ longitude: 121.487, latitude: 31.24 });
    await page.goto('/places/');
    await page.getByRole('button', { name: '用我的位置' }).click();
    await expect(page).toHaveURL(/\/places\/310101\/$/u);
    const nearMe = page.locator('[data-near-me]');
    await expect(nearMe).toContainText('您靠近区界，也可能在：');
    await expect(nearMe.getByRole('link', { name: '浦东新区' })).toHaveAttribute('href', '/places/310115/');
  });

  test('outside Shanghai, says so and leaves the list to choose from', async ({ page, context }) => {
    await context.setGeolocation(suzhou);
    await page.goto('/places/');
    await page.getByRole('button', { name: '用我的位置' }).click();
    await expect(page.locator('[data-near-me-status]')).toHaveText('您的位置不在上海市内。请自己选择您住的区和街道、镇。');
    await expect(page).toHaveURL(/\/places\/$/u);
    await expect(page.getByRole('link', { name: '黄浦区' })).toBeVisible();
  });
});

test('when permission is refused, a clear message and the manual choice, with the focus kept', async ({ page }) => {
  await failLocation(page, 1);
  await page.goto('/places/');
  const button = page.getByRole('button', { name: '用我的位置' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-near-me-status]')).toHaveText('没有得到使用位置的允许。请自己选择您住的区和街道、镇。');
  await expect(page).toHaveURL(/\/places\/$/u);
  await expect(button).toBeFocused();
  await expect(button).not.toHaveAttribute('aria-disabled');
  await expect(page.getByRole('link', { name: '黄浦区' })).toBeVisible();
});

test('when the phone has no fix on a district page, the way back to all districts', async ({ page }) => {
  await failLocation(page, 2);
  await page.goto('/en/places/310104/');
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.locator('[data-near-me-status]')).toHaveText(/could not find its location/u);
  await page.locator('[data-near-me]').getByRole('link', { name: 'Choose from all 16 districts' }).click();
  await expect(page).toHaveURL(/\/en\/places\/$/u);
});

test('a damaged outline file gets a clear message, not a wrong district', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(peoplesSquare);
  await page.route('**/district-boundaries.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ districts: [{ code: '310101', polygons: [[['121', '31']]] }] }) }),
  );
  await page.goto('/places/');
  await page.getByRole('button', { name: '用我的位置' }).click();
  await expect(page.locator('[data-near-me-status]')).toHaveText('区界数据没有载入，无法判断您在哪个区。请自己选择您住的区和街道、镇。');
  await expect(page).toHaveURL(/\/places\/$/u);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow', permissions: ['geolocation'], geolocation: lujiazui });

  test('district pages and near me work with no network', async ({ page, context }) => {
    test.setTimeout(120_000);
    const server = await serveDist(builtSite);
    try {
      await visitUntilSaved(page, server.origin, '/places/');
      await cutTheNetwork(server, context);
      await page.goto(`${server.origin}/places/310117/`);
      await expect(page.locator('h1')).toHaveText('松江区的服务点');
      await page.goto(`${server.origin}/places/`);
      await page.getByRole('button', { name: '用我的位置' }).click();
      await expect(page).toHaveURL(/\/places\/310115\/$/u);
      await expect(page.locator('[data-near-me]')).toContainText('按您的位置，您在浦东新区。');
    } finally {
      await server.close();
    }
  });
});

test('a service delivered at places the plan names says where, and leads to the places pages', async ({ page }) => {
  await page.goto('/services/35/');
  const steps = page.getByTestId('next-steps');
  await expect(steps).toContainText('街道、镇的未成年人保护工作站，以及家庭精神文明建设指导中心、儿童服务中心、儿童之家等');
  await steps.getByRole('link', { name: '在地图上找您所在街道、镇的未成年人保护工作站' }).first().click();
  await expect(page).toHaveURL(/\/places\/$/u);
});
