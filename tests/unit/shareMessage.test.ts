import { describe, expect, it } from 'vitest';
import { firstSentence, shareMessage } from '../../src/lib/outreach/shareMessage.ts';
import zhCN from '../../src/locales/zh-CN.json';
import en from '../../src/locales/en.json';

describe('firstSentence', () => {
  it('ends a Chinese summary at its first full stop', () => {
    expect(firstSentence('有需要的流动儿童，可以得到心理健康服务。孩子可以打962525。')).toBe('有需要的流动儿童，可以得到心理健康服务。');
  });

  it('ends at a Chinese question or exclamation mark too', () => {
    expect(firstSentence('孩子生病了？打120。')).toBe('孩子生病了？');
  });

  it('ends an English summary at a full stop followed by a space', () => {
    expect(firstSentence('Children aged 0 to 6 get check-ups for free. Ask the clinic.')).toBe('Children aged 0 to 6 get check-ups for free.');
  });

  it('does not cut an English sentence at a point inside a word or number', () => {
    expect(firstSentence('Version 1.5 of the Jia+Shuwu.org list is out. More later.')).toBe('Version 1.5 of the Jia+Shuwu.org list is out.');
  });

  it('keeps the whole text when it has no sentence end', () => {
    expect(firstSentence('  心理健康服务 ')).toBe('心理健康服务');
  });
});

describe('shareMessage', () => {
  const parts = {
    code: '服务编号 34',
    name: '心理健康服务',
    summary: '有需要的流动儿童，可以得到心理健康服务。孩子可以打962525心理热线。',
    link: 'https://example.org/s/34/',
  };

  it('puts the code, the name, the summary’s first sentence and the short link in the Chinese template', () => {
    expect(shareMessage({ ...parts, template: zhCN['outreach.share.message'] })).toBe(
      '【服务编号 34】心理健康服务\n有需要的流动儿童，可以得到心理健康服务。\n详情：https://example.org/s/34/',
    );
  });

  it('does the same in English', () => {
    expect(
      shareMessage({
        template: en['outreach.share.message'],
        code: 'Service no. 3',
        name: 'Immunisation',
        summary: 'Children of the right age get the programme vaccines for free. Ask the clinic.',
        link: 'https://example.org/en/s/3/',
      }),
    ).toBe('Service no. 3: Immunisation\nChildren of the right age get the programme vaccines for free.\nMore: https://example.org/en/s/3/');
  });
});
