import { describe, expect, it } from 'vitest';
import { fillTemplate, fillText } from '../../src/lib/fillTemplate.ts';

describe('fillTemplate', () => {
  it('puts values where their placeholders stand', () => {
    expect(fillTemplate('孩子{{age}}岁，在{{stage}}', { age: 9, stage: '小学' })).toEqual(['孩子', 9, '岁，在', '小学']);
  });

  it('keeps values that are not text, for components to render', () => {
    const quote = { quote: '0-6岁' };
    expect(fillTemplate('{{cite}}: no', { cite: quote })).toEqual([quote, ': no']);
  });

  it('leaves a placeholder it has no value for as written', () => {
    expect(fillText('{{a}} and {{b}}', { a: 'A' })).toBe('A and {{b}}');
  });

  it('does not read markup in a value as anything but text', () => {
    expect(fillText('{{x}}', { x: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
  });
});
