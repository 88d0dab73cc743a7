import { describe, expect, it } from 'vitest';
import { checklistText, type ChecklistTextParts } from '../../src/lib/nextSteps/checklistText.ts';

const parts: ChecklistTextParts = {
  title: '我的办事清单（上海流动儿童关爱服务）',
  places: '要去的地方',
  documents: '要带的材料',
  noPlace: '没有写明去哪里的：问负责部门，或拨打12345（要带什么也一起问）',
  askHere: (services) => `要带什么，到那里先问清楚：${services}`,
  service: (number) => `第${number}项`,
  listJoin: '、',
  forJoin: '：',
  link: 'https://example.org/check/',
};

describe('checklistText', () => {
  it('lists places with what to ask there, documents, and the services with no place, then the address', () => {
    const text = checklistText(
      {
        places: [{ text: '社区卫生服务中心', services: [2, 3], askWhatToBring: [2] }],
        documents: [{ document: 'vaccination-booklet', text: '孩子的疫苗接种本', services: [3] }],
        noPlace: [1, 5],
      },
      parts,
    );
    expect(text).toBe(
      [
        '我的办事清单（上海流动儿童关爱服务）',
        '要去的地方\n- 社区卫生服务中心：第2项、第3项\n  要带什么，到那里先问清楚：第2项',
        '要带的材料\n- 孩子的疫苗接种本：第3项',
        '没有写明去哪里的：问负责部门，或拨打12345（要带什么也一起问）\n- 第1项、第5项',
        'https://example.org/check/',
      ].join('\n\n'),
    );
  });

  it('leaves out a heading with nothing under it', () => {
    const text = checklistText({ places: [], documents: [], noPlace: [9] }, parts);
    expect(text).not.toContain('要去的地方');
    expect(text).not.toContain('要带的材料');
    expect(text).toContain('- 第9项');
  });

  it('carries no answer: only what the checklist shows and an address without a fragment', () => {
    const text = checklistText({ places: [{ text: '社区就业服务站', services: [41], askWhatToBring: [41] }], documents: [], noPlace: [] }, parts);
    expect(text).not.toMatch(/#|age=|hukou=|needs=/u);
  });
});
