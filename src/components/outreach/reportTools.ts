/**
 * The working part of "Report a mistake", made on the phone: a box to write in, on the results
 * "include my answers" (unticked until the person ticks it), the message as it will be sent, a
 * button to copy it and, when the operators set an address, a link that opens it in the person's
 * own mail app. One implementation for a service page (ReportMistake.astro's script) and the
 * results (ResultsReport.tsx, which fetches it when its fold is first opened). Made here rather
 * than written in each page: only with JavaScript is there anything to make the message with, and
 * every byte of a service page is saved 84 times on a phone that keeps the site for offline use.
 *
 * What the person writes only ever becomes a text box's value and a link's address, never markup,
 * and goes nowhere unless they copy it or send it themselves.
 */
import { mailtoHref, mistakeReport } from '../../lib/outreach/mistakeReport.ts';
import { copyText } from './sendText.ts';

export interface ReportToolsStrings {
  /** The copy button's words. */
  copy: string;
  copied: string;
  /** Said when copying failed and the message is selected to copy by hand. */
  failed: string;
  /** The label of the message as it will be sent. */
  message: string;
  /** The mail link's words; used only with an address. */
  send: string;
}

export interface ReportTools {
  /** The message with all but what the person writes filled in: `{{seen}}` is left (pageReportTemplate). */
  template: string;
  /** The id of the box to write in, which the fold's own words already label. */
  textId: string;
  strings: ReportToolsStrings;
  /** The operators' address, if they set one. */
  email?: string | undefined;
  /** On the results: the answers' line, the link that opens these results, and the tick box's words. */
  answers?: { template: string; link: string; label: string; hint: string };
}

/** A new element with its properties set and its children in it. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: object, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  Object.assign(made, properties);
  made.append(...children);
  return made;
}

/** Fills `container` with the tools and keeps the message up to date as the person writes and ticks. */
export function mountReportTools(container: HTMLElement, { template, textId, strings, email, answers }: ReportTools): void {
  const text = element('textarea', { id: textId, rows: 3 });
  const message = element('textarea', { id: `${textId}-message`, rows: 6, readOnly: true });
  const copy = element('button', { type: 'button', className: 'button button--secondary' }, strings.copy);
  const mail = email ? element('a', { className: 'button button--secondary' }, strings.send) : undefined;
  const status = element('p', { className: 'share__status' });
  status.setAttribute('aria-live', 'polite');
  const tick = answers ? element('input', { type: 'checkbox', id: `${textId}-answers` }) : undefined;

  const compose = () => {
    const composed = mistakeReport(template, text.value, answers && tick ? { ...answers, include: tick.checked } : undefined);
    message.value = composed.body;
    if (mail && email) mail.href = mailtoHref(email, composed);
  };

  text.addEventListener('input', compose);
  tick?.addEventListener('change', compose);
  copy.addEventListener('click', async () => {
    // Emptied first, so the same words said twice are announced twice.
    status.textContent = '';
    if (await copyText(message.value)) {
      status.textContent = strings.copied;
      return;
    }
    // Both ways refused: the message, selected, for the person to copy by hand.
    status.textContent = strings.failed;
    message.focus();
    message.select();
  });

  container.append(text);
  if (answers && tick) {
    const hint = element('p', { className: 'small', id: `${tick.id}-hint` }, answers.hint);
    tick.setAttribute('aria-describedby', hint.id);
    container.append(element('p', { className: 'choice' }, tick, element('label', { htmlFor: tick.id }, answers.label)), hint);
  }
  container.append(
    element('p', { className: 'share__actions' }, copy, ...(mail ? [mail] : [])),
    status,
    element('label', { htmlFor: message.id }, strings.message),
    message,
  );
  compose();
}
