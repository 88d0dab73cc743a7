import { describe, expect, it } from 'vitest';
import { isWeChatBrowser } from '../../src/lib/isWeChatBrowser.ts';

describe('isWeChatBrowser', () => {
  it("recognises WeChat's built-in browser on Android", () => {
    const ua =
      'Mozilla/5.0 (Linux; Android 12; V2118A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5197 MMWEBSDK/20230805 MMWEBID/1234 MicroMessenger/8.0.42.2460(0x28002A35) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64';
    expect(isWeChatBrowser(ua)).toBe(true);
  });

  it('leaves an ordinary mobile browser alone', () => {
    const ua = 'Mozilla/5.0 (Linux; Android 12; V2118A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
    expect(isWeChatBrowser(ua)).toBe(false);
  });
});
