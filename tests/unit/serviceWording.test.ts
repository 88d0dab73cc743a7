/** A hand edit that breaks what the questionnaire or a service list quotes stops the build, naming the field. */
import { describe, expect, it } from 'vitest';
import { useScratchContent } from './scratchContent.ts';

const content = useScratchContent();

describe('what the site quotes from a service', () => {
  it('loads as committed', () => {
    expect(content.problems()).toEqual([]);
  });

  it('refuses English cited words that the English of that place does not contain', () => {
    content.edit('services/1.json', (service) => {
      service.eligibility.conditions[0].cites[0].en = 'aged 0 to 6';
    });
    expect(content.problems()).toEqual([
      'content/services/1.json, service 1, field "eligibility.conditions[0].cites[0].en": "aged 0 to 6" does not stand in "en.target"; quote its words exactly',
    ]);
  });

  it('refuses a citation without its English words', () => {
    content.edit('services/1.json', (service) => {
      delete service.eligibility.conditions[0].cites[0].en;
    });
    expect(content.problems().join('\n')).toMatch(/services\/1\.json.*cites.*en/u);
  });

  it('refuses a tell-apart line that is not the service’s own content', () => {
    content.edit('services/8.json', (service) => {
      service.tellApart.zh = '免费上学';
    });
    expect(content.problems()).toEqual([
      'content/services/8.json, service 8, field "tellApart.zh": "免费上学" does not stand in "zh.content"; quote its words exactly',
    ]);
  });

  it('asks for a tell-apart line on every service that shares its name', () => {
    content.edit('services/13.json', (service) => {
      delete service.tellApart;
    });
    expect(content.problems()).toEqual([
      'content/services/13.json, service 13, field "tellApart": services 12, 13 share the name 普通高中资助; give each a few words of its own content',
    ]);
  });
});
