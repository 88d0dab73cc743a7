/**
 * The site's stage and age rules (content/README.md, "Stages and ages"), over every age from 0 to 17
 * crossed with every stage, for the services bound to a school stage or to the plan's ages. The
 * expectations are written out here from the rules' own words, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { MAX_AGE, stageValues, type Answers, type Stage } from '../../src/lib/eligibility/answers.ts';
import { evaluateService } from '../../src/lib/eligibility/evaluate.ts';
import { contentDir } from './sourceFile.ts';

const { services } = loadContent(contentDir);
type Outcome = 'applies' | 'confirm' | 'later' | 'no';

function outcome(number: number, age: number, stage: Stage): Outcome {
  const service = services.find((s) => s.number === number)!;
  // Six months in Shanghai: inside the plan's monitoring scope whatever the age.
  const answers: Answers = { age, hukou: 'other', months: 6, stage, insurance: 'shanghai', needs: [] };
  const result = evaluateService({ number, conditions: service.eligibility.conditions }, answers);
  if (result.verdict === 'no' || result.verdict === 'later') return result.verdict;
  return result.reasons.some((r) => r.kind === 'stage' && r.toConfirm) ? 'confirm' : 'applies';
}

const beforeSchool = ['none', 'nursery', 'kindergarten'] as const;
const includes = (stages: readonly Stage[], stage: Stage) => stages.includes(stage);

/** The rules as the issue and content/README.md state them. */
const rules: { services: number[]; rule: string; expected: (age: number, stage: Stage) => Outcome }[] = [
  {
    services: [1, 2],
    rule: '0-6岁: for ages 0 to 6, not after',
    expected: (age) => (age <= 6 ? 'applies' : 'no'),
  },
  {
    services: [4],
    rule: '1-3岁: coming up at 0, for 1 to 3, not after',
    expected: (age) => (age < 1 ? 'later' : age <= 3 ? 'applies' : 'no'),
  },
  {
    services: [5],
    rule: '3-6岁: coming up below 3, for 3 to 6, not after',
    expected: (age) => (age < 3 ? 'later' : age <= 6 ? 'applies' : 'no'),
  },
  {
    services: [6],
    rule: 'preschool aid: in kindergarten; not yet there: coming up below 3, confirm at 3 to 6; past it: no',
    expected: (age, stage) =>
      stage === 'kindergarten' ? 'applies' : includes(['none', 'nursery'], stage) ? (age < 3 ? 'later' : age <= 6 ? 'confirm' : 'no') : 'no',
  },
  {
    services: [7, 8, 9, 10],
    rule: 'compulsory education: in primary or junior; before school: coming up at 4 or younger, confirm from 5; senior or vocational: no',
    expected: (age, stage) => (includes(['primary', 'junior'], stage) ? 'applies' : includes(beforeSchool, stage) ? (age <= 4 ? 'later' : 'confirm') : 'no'),
  },
  {
    services: [11, 12, 13],
    rule: 'senior high: in senior; in an earlier stage: coming up; not in school: coming up to 14, confirm from 15; vocational: no',
    expected: (age, stage) => (stage === 'senior' ? 'applies' : stage === 'vocational' ? 'no' : stage === 'none' ? (age >= 15 ? 'confirm' : 'later') : 'later'),
  },
  {
    services: [14, 15],
    rule: 'vocational aid: in vocational; in an earlier stage: coming up; not in school: coming up to 14, confirm from 15; senior: no',
    expected: (age, stage) => (stage === 'vocational' ? 'applies' : stage === 'senior' ? 'no' : stage === 'none' ? (age >= 15 ? 'confirm' : 'later') : 'later'),
  },
  {
    services: [16],
    rule: '本市中小学校和托育机构: nursery and school; vocational confirm; kindergarten and not in school: no',
    expected: (_age, stage) => (stage === 'vocational' ? 'confirm' : includes(['none', 'kindergarten'], stage) ? 'no' : 'applies'),
  },
  {
    services: [17],
    rule: '在校: school; nursery and vocational confirm; kindergarten and not in school: no',
    expected: (_age, stage) => (includes(['nursery', 'vocational'], stage) ? 'confirm' : includes(['none', 'kindergarten'], stage) ? 'no' : 'applies'),
  },
  {
    services: [18],
    rule: '入园入校: nursery, kindergarten and school; vocational confirm; not in school: no',
    expected: (_age, stage) => (stage === 'vocational' ? 'confirm' : stage === 'none' ? 'no' : 'applies'),
  },
];

describe('the stage and age rules, at every age from 0 to 17 and every stage', () => {
  for (const { services: numbers, rule, expected } of rules) {
    for (const number of numbers) {
      it(`service ${number}: ${rule}`, () => {
        const wrong: string[] = [];
        for (let age = 0; age <= MAX_AGE; age++) {
          for (const stage of stageValues) {
            const got = outcome(number, age, stage);
            const want = expected(age, stage);
            if (got !== want) wrong.push(`age ${age}, ${stage}: ${got}, expected ${want}`);
          }
        }
        expect(wrong).toEqual([]);
      });
    }
  }

  it('never puts a child of 7 or more who is not in school under "coming up" for compulsory education', () => {
    for (let age = 7; age <= MAX_AGE; age++) for (const n of [7, 8, 9, 10]) expect(outcome(n, age, 'none')).toBe('confirm');
  });
});
