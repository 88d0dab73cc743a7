import { describe, expect, it } from 'vitest';
import { familyChecklist, type ChecklistService } from '../../src/lib/nextSteps/familyChecklist.ts';

const booklet = { document: 'vaccination-booklet', text: '疫苗接种本' };
const records = { document: 'vaccination-records', text: '以前的疫苗接种记录' };

describe('familyChecklist', () => {
  it('lists a document two services need once, with both services', () => {
    const services: ChecklistService[] = [
      { number: 3, places: ['社区卫生服务中心'], documents: [booklet, records] },
      { number: 5, places: ['就近的普惠性幼儿园'], documents: [booklet] },
    ];
    expect(familyChecklist(services).documents).toEqual([
      { document: 'vaccination-booklet', text: '疫苗接种本', services: [3, 5] },
      { document: 'vaccination-records', text: '以前的疫苗接种记录', services: [3] },
    ]);
  });

  it('lists a place two services share once, in the order the results first name it', () => {
    const services: ChecklistService[] = [
      { number: 2, places: ['社区卫生服务中心'], documents: [] },
      { number: 41, places: ['社区就业服务站'], documents: [] },
      { number: 3, places: ['社区卫生服务中心'], documents: [booklet] },
    ];
    expect(familyChecklist(services).places.map(({ text, services: at }) => ({ text, services: at }))).toEqual([
      { text: '社区卫生服务中心', services: [2, 3] },
      { text: '社区就业服务站', services: [41] },
    ]);
  });

  it('says to ask at the place what to bring, for each service there that no source names a document for', () => {
    const services: ChecklistService[] = [
      { number: 2, places: ['社区卫生服务中心'], documents: [] },
      { number: 3, places: ['社区卫生服务中心'], documents: [booklet] },
      { number: 20, places: ['孩子的幼儿园或学校', '社区卫生服务中心'], documents: [] },
    ];
    const { places } = familyChecklist(services);
    expect(places.find((place) => place.text === '社区卫生服务中心')?.askWhatToBring).toEqual([2, 20]);
    expect(places.find((place) => place.text === '孩子的幼儿园或学校')?.askWhatToBring).toEqual([20]);
  });

  it('gathers the services no source names a place for, to ask the department or 12345', () => {
    const services: ChecklistService[] = [
      { number: 1, places: [], documents: [] },
      { number: 3, places: ['社区卫生服务中心'], documents: [booklet] },
      { number: 7, places: [], documents: [] },
    ];
    expect(familyChecklist(services).noPlace).toEqual([1, 7]);
  });

  it('never lists a service twice under one entry, even when its record names a place or document twice', () => {
    const services: ChecklistService[] = [{ number: 35, places: ['未成年人保护工作站', '未成年人保护工作站'], documents: [booklet, booklet] }];
    const checklist = familyChecklist(services);
    expect(checklist.places).toEqual([{ text: '未成年人保护工作站', services: [35], askWhatToBring: [] }]);
    expect(checklist.documents).toEqual([{ document: 'vaccination-booklet', text: '疫苗接种本', services: [35] }]);
  });

  it('is empty for no results', () => {
    expect(familyChecklist([])).toEqual({ places: [], documents: [], noPlace: [] });
  });
});
