/**
 * The crisis answer: when a search signals danger or distress (src/lib/search/crisisMatch.ts), the
 * numbers to call, before any result. It needs only the small crisis file, never the search index,
 * so it shows at once while the index loads, and offline. Its words and call buttons are the
 * results page's own `<template data-crisis-template>`, made at build time from
 * content/hotlines.json; this code only picks the parts the match calls for.
 */
import { crisisWordsOf, isCrisisFile } from '../../lib/search/crisisFile.ts';
import { matchCrisis, type CrisisMatch } from '../../lib/search/crisisMatch.ts';
import { fetchChecked } from './fetchChecked.ts';
import { searchFilesOf } from './searchFiles.ts';

export type CrisisMatcher = (query: string) => CrisisMatch | undefined;

/** The crisis list, checked; fetched with the rest of search when a box is touched. */
export async function loadCrisisFor(form: HTMLElement): Promise<CrisisMatcher> {
  const words = crisisWordsOf(await fetchChecked(searchFilesOf(form).crisis, isCrisisFile));
  return (query) => matchCrisis(query, words);
}

/**
 * The answer for a match, from the page's template: for danger, 110 and 120 first, then the plan's
 * lines that fit, in the match's order, labelled as the site's suggestion; for help, those lines only.
 */
export function crisisAnswer(match: CrisisMatch, template: HTMLTemplateElement): HTMLElement {
  const answer = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  answer.dataset.tier = match.tier;
  answer.classList.add(`crisis-answer--${match.tier}`);
  for (const part of answer.querySelectorAll<HTMLElement>('[data-crisis-tier]')) {
    if (part.dataset.crisisTier !== match.tier) part.remove();
  }
  const list = answer.querySelector<HTMLElement>('[data-crisis-lines]')!;
  const lines = match.lines.map((id) => list.querySelector(`[data-crisis-line="${CSS.escape(id)}"]`)).filter((line) => line !== null);
  list.replaceChildren(...lines);
  if (lines.length === 0) for (const part of answer.querySelectorAll('[data-crisis-with-lines]')) part.remove();
  // Named by its first line ("紧急情况，马上打电话" or "本站建议，可以打"), so a screen reader meets it by name.
  const title = answer.querySelector<HTMLElement>('.emergency__title, [data-crisis-title]');
  if (title) {
    title.id = 'crisis-answer-title';
    answer.setAttribute('aria-labelledby', title.id);
  }
  return answer;
}

/** The words of the one suggestion that leads to the answer (search.crisisDanger, search.crisisHelp). */
export function crisisOptionKey(match: CrisisMatch): string {
  return match.tier === 'danger' ? 'search.crisisDanger' : 'search.crisisHelp';
}
