/**
 * One checklist for the family across all its results (`data-testid="family-checklist"`): the
 * places to go, each once with the services it serves and which of them to ask about what to bring
 * there; the documents to bring, each once with its services; and the services no source names a
 * place for. It can be sent as text that carries none of the answers, and prints with the results.
 */
import { useState } from 'preact/hooks';
import { checkServiceByNumber, type CheckData } from '../../lib/eligibility/checkIslandData.ts';
import type { ServiceVerdict } from '../../lib/eligibility/evaluate.ts';
import { checklistText } from '../../lib/nextSteps/checklistText.ts';
import { familyChecklist, type ChecklistEntry } from '../../lib/nextSteps/familyChecklist.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { CopyOutcome } from '../outreach/CopyOutcome.tsx';
import { resultsAddress } from '../outreach/resultsAddress.ts';
import { canShare, copyText, shareThrough } from '../outreach/sendText.ts';

interface Props {
  data: CheckData;
  /** The services shown as results, in the order they are shown. */
  shown: ServiceVerdict[];
  tr: Translator;
}

export function FamilyChecklist({ data, shown, tr }: Props) {
  const { t } = tr;
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | undefined>(undefined);
  const service = (number: number) => checkServiceByNumber(data, number);
  const checklist = familyChecklist(
    shown.map(({ number }) => {
      const { next } = service(number);
      return { number, places: next.visit, documents: next.documents };
    }),
  );
  // On the page the results above name each service; the text sent on stands alone, so it names them.
  const codes = (numbers: readonly number[]) =>
    t(numbers.length === 1 ? 'check.family.codes.one' : 'check.family.codes.other', { numbers: numbers.join(t('check.listJoin')) });
  const named = (number: number) => t('check.family.service', { number, name: service(number).name });

  async function send() {
    const text = checklistText(checklist, {
      title: t('check.family.textTitle'),
      places: t('check.family.places'),
      documents: t('check.family.documents'),
      noPlace: t('check.family.noPlace'),
      askHere: (services) => t('check.family.askHere', { services }),
      service: named,
      listJoin: t('check.listJoin'),
      forJoin: t('check.family.forJoin'),
      // The questionnaire's address, never the answers.
      link: resultsAddress(),
    });
    if (canShare() && (await shareThrough({ title: t('check.family.textTitle'), text })) !== 'failed') return;
    const copied = await copyText(text);
    setStatus(t(copied ? 'check.family.copied' : 'check.family.copyFailed'));
    setManual(copied ? undefined : text);
  }

  /** A heading and its entries, each with the services it serves and, for places, what to ask there. */
  function list<E extends ChecklistEntry>(heading: string, entries: readonly E[], more?: (entry: E) => string | false) {
    return (
      entries.length > 0 && (
        <>
          <h4>{heading}</h4>
          <ul class="family-checklist__list">
            {entries.map((entry) => (
              <li>
                {entry.text}
                <span class="small family-checklist__for">
                  {t('check.family.for', { services: codes(entry.services) })}
                  {more?.(entry)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )
    );
  }

  return (
    <section class="family-checklist" data-testid="family-checklist" aria-labelledby="family-checklist-title">
      <h3 id="family-checklist-title">{t('check.family.title')}</h3>
      <p class="small">{t('check.family.intro')}</p>
      {list(t('check.family.places'), checklist.places, (place) =>
        place.askWhatToBring.length === place.services.length
          ? t('check.family.askHereAll')
          : place.askWhatToBring.length > 0 && t('check.family.askHereSome', { services: codes(place.askWhatToBring) }),
      )}
      {list(t('check.family.documents'), checklist.documents)}
      {checklist.noPlace.length > 0 && (
        <>
          <h4>{t('check.family.noPlace')}</h4>
          <p class="family-checklist__for">{codes(checklist.noPlace)}</p>
        </>
      )}
      <p class="family-checklist__actions screen-only">
        <button type="button" class="button button--secondary" onClick={() => void send()}>
          {t(canShare() ? 'check.family.share' : 'check.family.copy')}
        </button>
        <span class="small">{t('check.family.noAnswers')}</span>
      </p>
      <CopyOutcome tr={tr} status={status} manual={manual} id="family-checklist-text" rows={8} />
    </section>
  );
}
