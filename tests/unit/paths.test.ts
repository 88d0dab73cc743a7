import { describe, expect, it } from 'vitest';
import { contentSide, languageFromParam, localisedPath, otherLanguage, splitLocalisedPath } from '../../src/lib/paths.ts';

describe('localisedPath', () => {
  it('keeps Chinese paths at the root', () => {
    expect(localisedPath('zh-CN', '/services/3/')).toBe('/services/3/');
  });

  it('puts English paths under /en/', () => {
    expect(localisedPath('en', '/services/3/')).toBe('/en/services/3/');
    expect(localisedPath('en', '/')).toBe('/en/');
  });
});

describe('splitLocalisedPath', () => {
  it('reads the language and the neutral path back', () => {
    expect(splitLocalisedPath('/en/hotlines/')).toEqual({ lang: 'en', path: '/hotlines/' });
    expect(splitLocalisedPath('/en')).toEqual({ lang: 'en', path: '/' });
    expect(splitLocalisedPath('/hotlines/')).toEqual({ lang: 'zh-CN', path: '/hotlines/' });
  });

  it('does not mistake a path that merely starts with "en" for English', () => {
    expect(splitLocalisedPath('/entry/')).toEqual({ lang: 'zh-CN', path: '/entry/' });
  });
});

describe('languageFromParam', () => {
  it('maps the route parameter to a language, and nothing else to one', () => {
    expect(languageFromParam(undefined)).toBe('zh-CN');
    expect(languageFromParam('en')).toBe('en');
    expect(languageFromParam('fr')).toBeUndefined();
  });
});

describe('otherLanguage and contentSide', () => {
  it('switch between the two languages', () => {
    expect(otherLanguage('zh-CN')).toBe('en');
    expect(otherLanguage('en')).toBe('zh-CN');
    expect(contentSide('zh-CN')).toBe('zh');
    expect(contentSide('en')).toBe('en');
  });
});
