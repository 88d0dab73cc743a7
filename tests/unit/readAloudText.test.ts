import { describe, expect, it } from 'vitest';
import { readAloudText, spellNumbers } from '../../src/lib/outreach/readAloudText.ts';

describe('spellNumbers', () => {
  it('spells phone numbers digit by digit', () => {
    expect(spellNumbers('打962525心理热线或12355')).toBe('打9 6 2 5 2 5心理热线或1 2 3 5 5');
  });

  it('leaves ages and other short numbers alone', () => {
    expect(spellNumbers('0-6岁的孩子，第34项，2025年')).toBe('0-6岁的孩子，第34项，2025年');
  });

  it('spells a short number when it is a listed hotline', () => {
    expect(spellNumbers('call 110 or 120 at age 12', ['110', '120'])).toBe('call 1 1 0 or 1 2 0 at age 12');
  });
});

describe('readAloudText', () => {
  it('makes one Chinese sentence a part, each label followed by a colon', () => {
    expect(
      readAloudText('zh-CN', [
        { text: '服务编号 34，心理健康服务' },
        { label: '服务对象', text: '流动儿童' },
        { label: '负责部门', text: ['市民政局', '市卫生健康委'] },
      ]),
    ).toEqual(['服务编号 34，心理健康服务。', '服务对象：流动儿童。', '负责部门：市民政局、市卫生健康委。']);
  });

  it('does the same in English, and adds no second full stop', () => {
    expect(
      readAloudText('en', [
        { label: 'In short', text: 'Children can get help.' },
        { label: 'Hotlines that can help', text: ['962525 Psychological hotline', '12355 Youth hotline'] },
      ]),
    ).toEqual(['In short: Children can get help.', 'Hotlines that can help: 9 6 2 5 2 5 Psychological hotline, 1 2 3 5 5 Youth hotline.']);
  });

  it('leaves out empty parts, such as a service with no hotline', () => {
    expect(readAloudText('zh-CN', [{ text: '服务编号 1，儿童保健' }, { label: '可以打这些热线', text: [] }])).toEqual(['服务编号 1，儿童保健。']);
  });
});
