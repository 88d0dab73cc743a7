import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../src/lib/outreach/pickVoice.ts';

describe('pickVoice', () => {
  it('finds no voice when there are none', () => {
    expect(pickVoice([], 'zh-CN')).toBeUndefined();
  });

  it('finds no voice for a Chinese page when only English voices exist', () => {
    expect(pickVoice([{ lang: 'en-US' }, { lang: 'en-GB' }], 'zh-CN')).toBeUndefined();
  });

  it('finds no voice for an English page when only Chinese voices exist', () => {
    expect(pickVoice([{ lang: 'zh-CN' }], 'en')).toBeUndefined();
  });

  it('prefers mainland Mandarin over other Chinese voices', () => {
    const voices = [{ lang: 'zh-TW' }, { lang: 'zh-HK' }, { lang: 'zh-CN' }];
    expect(pickVoice(voices, 'zh-CN')).toBe(voices[2]);
  });

  it('never reads a Chinese page with a Cantonese voice', () => {
    expect(pickVoice([{ lang: 'zh-HK' }, { lang: 'yue-Hant-HK' }], 'zh-CN')).toBeUndefined();
  });

  it('takes another Chinese voice when there is no mainland one', () => {
    const voices = [{ lang: 'en-US' }, { lang: 'zh-TW' }];
    expect(pickVoice(voices, 'zh-CN')).toBe(voices[1]);
  });

  it('reads the tags some Android builds report: zh_CN and cmn-Hans-CN', () => {
    expect(pickVoice([{ lang: 'zh_CN' }], 'zh-CN')).toEqual({ lang: 'zh_CN' });
    expect(pickVoice([{ lang: 'cmn-Hans-CN' }], 'zh-CN')).toEqual({ lang: 'cmn-Hans-CN' });
  });

  it('takes a voice on the phone over one that needs the network', () => {
    const voices = [
      { lang: 'en-US', localService: false },
      { lang: 'en-GB', localService: true },
    ];
    expect(pickVoice(voices, 'en')).toBe(voices[1]);
  });

  it('never uses a network voice, even the only one or a mainland one, so what is read stays on the phone', () => {
    expect(pickVoice([{ lang: 'zh-CN', localService: false }], 'zh-CN')).toBeUndefined();
    const voices = [
      { lang: 'zh-CN', localService: false },
      { lang: 'zh-TW', localService: true },
    ];
    expect(pickVoice(voices, 'zh-CN')).toBe(voices[1]);
  });
});
