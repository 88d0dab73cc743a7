/**
 * Reads the questionnaire's results aloud: the services that may fit this child, then those for
 * every migrant child. Text assembly is src/lib/outreach/readAloudText.ts.
 */
import type { CheckData } from '../../lib/eligibility/checkIslandData.ts';
import type { ServiceVerdict } from '../../lib/eligibility/evaluate.ts';
import { readAloudText } from '../../lib/outreach/readAloudText.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { ListenToggle } from './ListenToggle.tsx';

interface Props {
  data: CheckData;
  /** The results' own split (Results.tsx): the services that may fit this child, and those open to all. */
  forChild: ServiceVerdict[];
  forAll: ServiceVerdict[];
  tr: Translator;
}

export function ListenToResults({ data, forChild, forAll, tr }: Props) {
  const { t } = tr;
  const named = (list: ServiceVerdict[]) =>
    list.map((v) => `${t('check.serviceCode', { number: v.number })} ${data.services.find((s) => s.number === v.number)?.name ?? ''}`);
  const numbers = data.hotlines.flatMap((line) => (line.number ? [line.number] : []));
  const speech = readAloudText(
    data.lang,
    [
      forChild.length > 0
        ? { label: t('check.results.forChild', { count: forChild.length }), text: named(forChild) }
        : { text: t('check.results.noneForChild') },
      { label: t('check.results.forAll', { count: forAll.length }), text: named(forAll) },
    ],
    numbers,
  );
  return <ListenToggle lang={data.lang} speech={speech} startLabel={t('outreach.listen.start')} stopLabel={t('outreach.listen.stop')} />;
}
