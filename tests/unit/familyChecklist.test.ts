import { describe, expect, it } from 'vitest';
import { familyChecklist, type ChecklistService } from '../../src/lib/nextSteps/familyChecklist.ts';

const booklet = { document: 'vaccination-booklet', text: '疫苗接种本' };
const records = { document: 'vaccination-records', text: '以前的疫苗接种记录' };

describe('familyChecklist', () => {
  it('lists a document two services need once, with both services', () => {
    const services: ChecklistService[] = [
      { number: 3, places: ['社区卫生服务中心'], documents: [booklet, records], askAt: '社区卫生服务中心' },
      { number: 5, places: ['就近的普惠性幼儿园'], documents: [booklet], askAt: '就近的普惠性幼儿园' },
    ];
    expect(familyChecklist(services).documents).toEqual([
      { document: 'vaccination-booklet', text: '疫苗接种本', services: [3, 5] },
      { document: 'vaccination-records', text: '以前的疫苗接种记录', services: [3] },
    ]);
  });

  it('lists a place two services share once, in the order the results first name it', () => {
    const services: ChecklistService[] = [
      { number: 16, places: ['孩子的学校或托育机构'], documents: [], askAt: '孩子的学校或托育机构' },
      { number: 3, places: ['社区卫生服务中心'], documents: [booklet], askAt: '社区卫生服务中心' },
      { number: 18, places: ['孩子的学校或托育机构'], documents: [], askAt: '孩子的学校或托育机构' },
    ];
    expect(familyChecklist(services).places).toEqual([
      { text: '孩子的学校或托育机构', services: [16, 18] },
      { text: '社区卫生服务中心', services: [3] },
    ]);
  });

  it('says where to ask what to bring for each service no source names documents for, each place once', () => {
    const services: ChecklistService[] = [
      { number: 3, places: ['社区卫生服务中心'], documents: [booklet], askAt: '社区卫生服务中心' },
      { number: 7, places: [], documents: [], askAt: '市教委' },
      { number: 9, places: [], documents: [], askAt: '市教委' },
      { number: 41, places: ['社区就业服务站点'], documents: [], askAt: '社区就业服务站点' },
    ];
    expect(familyChecklist(services).askWhatToBring).toEqual([
      { text: '市教委', services: [7, 9] },
      { text: '社区就业服务站点', services: [41] },
    ]);
  });

  it('never lists a service twice under one entry, even when its record names a place twice', () => {
    const services: ChecklistService[] = [{ number: 35, places: ['儿童之家', '儿童之家'], documents: [booklet, booklet], askAt: '儿童之家' }];
    const checklist = familyChecklist(services);
    expect(checklist.places).toEqual([{ text: '儿童之家', services: [35] }]);
    expect(checklist.documents).toEqual([{ document: 'vaccination-booklet', text: '疫苗接种本', services: [35] }]);
  });

  it('is empty for no results', () => {
    expect(familyChecklist([])).toEqual({ places: [], documents: [], askWhatToBring: [] });
  });
});
