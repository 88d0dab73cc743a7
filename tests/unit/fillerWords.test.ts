import { describe, expect, it } from 'vitest';
import { withoutQuestionWords } from '../../src/lib/search/fillerWords.ts';

describe('withoutQuestionWords', () => {
  it('cuts Chinese question words out, keeping what is asked apart', () => {
    expect(withoutQuestionWords('孩子打疫苗去哪里')).toBe('孩子打疫苗');
    expect(withoutQuestionWords('低保怎么办理呢')).toBe('低保 办理');
  });

  it('drops English question and common words', () => {
    expect(withoutQuestionWords('how do i get a vaccine for my kid')).toBe('vaccine kid');
  });

  it('keeps the query when nothing else would be left', () => {
    expect(withoutQuestionWords('怎么')).toBe('怎么');
    expect(withoutQuestionWords('what can i get')).toBe('what can i get');
  });
});
