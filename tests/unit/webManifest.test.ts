import { describe, expect, it } from 'vitest';
import { webManifest } from '../../src/lib/offline/webManifest.ts';

const wording = { name: '上海流动儿童关爱服务', shortName: '流动儿童关爱', description: '42项关爱服务' };

describe('webManifest', () => {
  it('opens the Chinese home page, standalone, in the brand colours', () => {
    const manifest = webManifest('zh-CN', wording);
    expect(manifest).toMatchObject({ name: wording.name, short_name: wording.shortName, start_url: '/', scope: '/', display: 'standalone', lang: 'zh-CN' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/u);
  });

  it('opens the English home page from the English manifest, within the same scope', () => {
    expect(webManifest('en', wording)).toMatchObject({ id: '/en/', start_url: '/en/', scope: '/' });
  });

  it('offers icons of 192 and 512 pixels and a maskable one', () => {
    const icons = webManifest('zh-CN', wording).icons;
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});
