import { describe, expect, it } from 'vitest';
import { isComplete, parseFragment, speaksToQuestionnaire, toFragment } from '../../src/lib/eligibility/fragment.ts';

const full = 'age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao';

describe('parseFragment', () => {
  it('reads the contract example', () => {
    const parsed = parseFragment(`#${full}`);
    expect(parsed.answers).toEqual({
      age: 9,
      hukou: 'other',
      months: 36,
      stage: 'primary',
      insurance: 'shanghai',
      needs: ['disability', 'dibao'],
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.resumeAt).toBeUndefined();
  });

  it('reads "needs=none" as no special situation', () => {
    expect(parseFragment(full.replace('disability,dibao', 'none')).answers.needs).toEqual([]);
  });

  it('reads full-width digits as digits', () => {
    expect(parseFragment('age=９&months=３６').answers).toMatchObject({ age: 9, months: 36 });
  });

  it('reads percent-encoded full-width digits too', () => {
    expect(parseFragment(`age=${encodeURIComponent('１２')}`).answers.age).toBe(12);
  });

  it('treats an omitted key as an unanswered question and resumes there', () => {
    const parsed = parseFragment('age=9&hukou=other');
    expect(parsed.problems).toEqual([
      { kind: 'missing', question: 'months' },
      { kind: 'missing', question: 'stage' },
      { kind: 'missing', question: 'insurance' },
      { kind: 'missing', question: 'needs' },
    ]);
    expect(parsed.resumeAt).toBe('months');
  });

  it('ignores an unknown key and says only how many', () => {
    const parsed = parseFragment(`${full}&from=singlemessage`);
    expect(parsed.problems).toEqual([{ kind: 'unknownKeys', count: 1 }]);
    expect(isComplete(parsed.answers)).toBe(true);
  });

  it('takes keys in lower case only', () => {
    const parsed = parseFragment(full.replace('age=', 'AGE='));
    expect(parsed.problems).toContainEqual({ kind: 'unknownKeys', count: 1 });
    expect(parsed.resumeAt).toBe('age');
  });

  it('asks a repeated key again', () => {
    const parsed = parseFragment(`${full}&age=10`);
    expect(parsed.answers.age).toBeUndefined();
    expect(parsed.problems).toContainEqual({ kind: 'repeated', question: 'age' });
    expect(parsed.resumeAt).toBe('age');
  });

  for (const [name, fragment, question] of [
    ['a word for an age', 'age=abc', 'age'],
    ['a negative age', 'age=-3', 'age'],
    ['an age of 18', 'age=18', 'age'],
    ['a fractional age', 'age=9.5', 'age'],
    ['an unknown stage', 'stage=zzz', 'stage'],
    ['an unknown household registration', 'hukou=mars', 'hukou'],
    ['an unknown insurance', 'insurance=maybe', 'insurance'],
    ['an unknown need', 'needs=disability,flying', 'needs'],
    ['"none" with a need', 'needs=none,job', 'needs'],
    ['an empty need list', 'needs=', 'needs'],
    ['markup in a value', 'stage=<script>alert(1)</script>', 'stage'],
    ['broken percent-encoding', 'stage=%E0%A4%A', 'stage'],
    ['a lone percent sign', 'stage=%', 'stage'],
    ['a percent sign without hex digits', 'stage=%zz', 'stage'],
    ['a character cut off half way', 'stage=%E4%B8', 'stage'],
    ['a script address', 'stage=javascript:alert(1)', 'stage'],
    ['markup that closes an attribute', `hukou=${encodeURIComponent('"><script>alert(1)</script>')}`, 'hukou'],
    ['an emoji for the age', `age=${encodeURIComponent('👶🏻')}`, 'age'],
    ['a family emoji joined by zero-width joiners', `needs=${encodeURIComponent('👨\u200d👩\u200d👧')}`, 'needs'],
    ['a right-to-left override in a value', `stage=${encodeURIComponent('\u202eprimary')}`, 'stage'],
    ['full-width digits with a letter', 'age=９a', 'age'],
  ] as const) {
    it(`asks again after ${name}`, () => {
      const parsed = parseFragment(fragment);
      expect(parsed.problems).toContainEqual({ kind: 'invalid', question });
      expect(parsed.answers[question]).toBeUndefined();
    });
  }

  it('refuses more months than the age allows (age × 12 + 11)', () => {
    expect(parseFragment('age=2&months=35').answers.months).toBe(35);
    expect(parseFragment('age=2&months=36').problems).toContainEqual({ kind: 'invalid', question: 'months' });
  });

  it('survives a 10,000-character value without echoing it', () => {
    const parsed = parseFragment(`stage=${'x'.repeat(10_000)}&${'k'.repeat(5000)}=1`);
    expect(parsed.problems.find((p) => p.kind === 'unknownKeys')).toBeUndefined();
    expect(parsed.resumeAt).toBe('age');
    expect(JSON.stringify(parsed).length).toBeLessThan(1000);
  });

  it('a forged link cannot put words on the page: it keeps no word of the keys it does not know, only how many', () => {
    const forged = [
      full,
      `${encodeURIComponent('官方通知：您的孩子可领取2025年流动儿童补贴')}=1`,
      `${encodeURIComponent('请立即拨打4008123456或添加微信')}=1`,
      `${encodeURIComponent('提供身份证号码和银行卡号')}=1`,
    ].join('&');
    const parsed = parseFragment(forged);
    expect(parsed.problems).toEqual([{ kind: 'unknownKeys', count: 3 }]);
    expect(JSON.stringify(parsed)).not.toMatch(/官方通知|4008123456|银行卡/u);
    expect(isComplete(parsed.answers)).toBe(true);
  });

  it.each([
    ['markup', `${encodeURIComponent('<script>alert(1)</script>')}=1`],
    ['a right-to-left override', `${encodeURIComponent('\u202eevil')}=1`],
    ['direction isolates', `${encodeURIComponent('\u2066x\u2069')}=1`],
    ['broken percent-encoding', '%zz=1'],
    ['a cut-off character', '%E4%B8=1'],
    ['fifty emoji', `${encodeURIComponent('👶'.repeat(50))}=1`],
    ['a hundred letters', `${'q'.repeat(100)}=1`],
  ])('counts an unknown key made of %s, and keeps none of it', (_name, fragment) => {
    const parsed = parseFragment(fragment);
    expect(parsed.problems[0]).toEqual({ kind: 'unknownKeys', count: 1 });
    expect(JSON.stringify(parsed.problems)).toBe(
      '[{"kind":"unknownKeys","count":1},{"kind":"missing","question":"age"},{"kind":"missing","question":"hukou"},{"kind":"missing","question":"months"},{"kind":"missing","question":"stage"},{"kind":"missing","question":"insurance"},{"kind":"missing","question":"needs"}]',
    );
  });

  it('does not count a key made only of invisible characters', () => {
    expect(parseFragment(`${encodeURIComponent('\u202e\u200b')}=1&age=3`).problems.filter((p) => p.kind === 'unknownKeys')).toEqual([]);
  });
});

describe('toFragment', () => {
  it('writes the keys in the contract order, and reads back the same', () => {
    const answers = parseFragment(full).answers;
    expect(isComplete(answers)).toBe(true);
    if (isComplete(answers)) expect(toFragment(answers)).toBe(full);
  });

  it('writes no special situation as needs=none', () => {
    expect(toFragment({ age: 0, hukou: 'shanghai', months: 0, stage: 'none', insurance: 'unknown', needs: [] })).toBe(
      'age=0&hukou=shanghai&months=0&stage=none&insurance=unknown&needs=none',
    );
  });
});

describe('speaksToQuestionnaire', () => {
  it('is false for an in-page anchor such as the skip link', () => {
    expect(speaksToQuestionnaire(parseFragment('#main'))).toBe(false);
    expect(speaksToQuestionnaire(parseFragment(''))).toBe(false);
  });

  it('is true for a link with an answer, even a wrong one', () => {
    expect(speaksToQuestionnaire(parseFragment('#age=9'))).toBe(true);
    expect(speaksToQuestionnaire(parseFragment('#stage=zzz'))).toBe(true);
  });
});

describe('parseFragment, pasted links', () => {
  it('accepts a trailing comma in the needs', () => {
    expect(parseFragment('needs=disability,').answers.needs).toEqual(['disability']);
  });

  it('skips a pair with no key', () => {
    expect(parseFragment('=5&age=3').problems.filter((p) => p.kind === 'unknownKeys')).toEqual([]);
  });
});
