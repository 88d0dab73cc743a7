import { describe, expect, it } from 'vitest';
import { hanGrams, latinWords, stemWord, typoAllowance, withinEdits } from '../../src/lib/search/textFeatures.ts';

describe('hanGrams', () => {
  it('gives the characters and the pairs of neighbouring characters', () => {
    expect(hanGrams('打疫苗')).toEqual({ singles: ['打', '疫', '苗'], pairs: ['打疫', '疫苗'] });
  });

  it('gives no pairs for one character', () => {
    expect(hanGrams('牙')).toEqual({ singles: ['牙'], pairs: [] });
  });
});

describe('stemWord', () => {
  it('gives singular and plural the same stem', () => {
    expect(stemWord('vaccines')).toBe(stemWord('vaccine'));
    expect(stemWord('allowances')).toBe(stemWord('allowance'));
    expect(stemWord('subsidies')).toBe(stemWord('subsidy'));
  });

  it('gives British and American spellings the same stem', () => {
    expect(stemWord('immunisation')).toBe(stemWord('immunization'));
  });

  it('does not make another word of one whose final s is no plural', () => {
    expect(stemWord('aids')).not.toBe(stemWord('aid'));
    expect(stemWord('news')).not.toBe(stemWord('new'));
  });

  it('leaves short words and numbers alone', () => {
    expect(stemWord('bus')).toBe('bus');
    expect(stemWord('12355')).toBe('12355');
  });
});

describe('latinWords', () => {
  it('stems each Latin word and ignores Chinese', () => {
    expect(latinWords('school fees 学费')).toEqual(['school', 'fee']);
  });
});

describe('withinEdits', () => {
  it('allows one wrong, missing, extra or swapped letter', () => {
    expect(withinEdits('vacine', 'vaccine', 1)).toBe(true);
    expect(withinEdits('vaccinne', 'vaccine', 1)).toBe(true);
    expect(withinEdits('vaccnie', 'vaccine', 1)).toBe(true);
    expect(withinEdits('vaxcine', 'vaccine', 1)).toBe(true);
  });

  it('refuses words further apart than allowed', () => {
    expect(withinEdits('vcxine', 'vaccine', 1)).toBe(false);
    expect(withinEdits('school', 'hospital', 2)).toBe(false);
  });
});

describe('typoAllowance', () => {
  it('allows no typo in short words and more in long ones', () => {
    expect(typoAllowance(3)).toBe(0);
    expect(typoAllowance(5)).toBe(1);
    expect(typoAllowance(9)).toBe(2);
  });
});
