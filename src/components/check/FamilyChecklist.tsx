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
import { familyChecklist } from '../../lib/nextSteps/familyChecklist.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
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

  return (
    <section class="family-checklist" data-testid="family-checklist" aria-labelledby="family-checklist-title">
      <h3 id="family-checklist-title">{t('check.family.title')}</h3>
      <p class="small">{t('check.family.intro')}</p>
      {checklist.places.length > 0 && (
        <>
          <h4>{t('check.family.places')}</h4>
          <ul class="family-checklist__list">
            {checklist.places.map((place) => (
              <li>
                {place.text}
                <span class="small family-checklist__for">
                  {t('check.family.for', { services: codes(place.services) })}
                  {place.askWhatToBring.length === place.services.length
                    ? t('check.family.askHereAll')
                    : place.askWhatToBring.length > 0 && t('check.family.askHereSome', { services: codes(place.askWhatToBring) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {checklist.documents.length > 0 && (
        <>
          <h4>{t('check.family.documents')}</h4>
          <ul class="family-checklist__list">
            {checklist.documents.map((document) => (
              <li>
                {document.text}
                <span class="small family-checklist__for">{t('check.family.for', { services: codes(document.services) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
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
      {/* aria-live rather than role="status": the questionnaire's own notices are its status messages. */}
      <p class="share__status" aria-live="polite">
        {status}
      </p>
      {manual !== undefined && (
        <div class="share__manual">
          <label for="family-checklist-text">{t('outreach.share.manualLabel')}</label>
          <textarea id="family-checklist-text" readOnly rows={8} value={manual} />
        </div>
      )}
    </section>
  );
}
