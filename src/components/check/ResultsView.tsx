/**
 * The results screen, in the order a family needs it: the results, straight after the heading; the
 * family's checklist of places and documents; what the child grows into later; the hotlines once;
 * then the answers (folded, with change links), starting again, sending the results on, why other
 * services do not fit, and "Report a mistake".
 */
import type { RefObject } from 'preact';
import type { Answers, QuestionId } from '../../lib/eligibility/answers.ts';
import type { CheckData } from '../../lib/eligibility/checkIslandData.ts';
import type { ServiceVerdict } from '../../lib/eligibility/evaluate.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { ListenToResults } from '../outreach/ListenToResults.tsx';
import { ShareResults } from '../outreach/ShareResults.tsx';
import { AnswersSummary } from './AnswersSummary.tsx';
import { ComingUp } from './ComingUp.tsx';
import { FamilyChecklist } from './FamilyChecklist.tsx';
import { HotlineBox } from './HotlineBox.tsx';
import { PrintResults } from './PrintResults.tsx';
import { Results } from './Results.tsx';
import { ResultsQr } from './ResultsQr.tsx';
import { ResultsReport } from './ResultsReport.tsx';
import { WhyNot } from './WhyNot.tsx';

export interface ResultsViewProps {
  data: CheckData;
  answers: Answers;
  /** The answers as the link contract writes them, for the links and codes made from them. */
  fragment: string;
  verdicts: ServiceVerdict[];
  notices: string[];
  tr: Translator;
  heading: RefObject<HTMLHeadingElement>;
  onChange: (question: QuestionId) => void;
  onStartAgain: () => void;
}

export function ResultsView({ data, answers, fragment, verdicts, notices, tr, heading, onChange, onStartAgain }: ResultsViewProps) {
  const { t } = tr;
  const applying = verdicts.filter((v) => v.verdict === 'likely' || v.verdict === 'check');
  const forAll = applying.filter((v) => v.openToAll);
  const forChild = applying.filter((v) => !v.openToAll);
  // The checklist follows the results' own order: the child's services by category, then the rest.
  const byCategory = data.categories.flatMap((category) => forChild.filter((v) => data.services.find((s) => s.number === v.number)?.category === category.id));
  return (
    <div class="check-results-view">
      <h2 tabIndex={-1} ref={heading}>
        {t('check.results.title')}
      </h2>
      {notices.length > 0 && (
        <div class="notice" role="status">
          {notices.map((notice) => (
            <p>{notice}</p>
          ))}
        </div>
      )}
      <p>{t('check.results.intro')}</p>
      <ListenToResults data={data} forChild={forChild} forAll={forAll} tr={tr} />
      <Results data={data} forChild={forChild} forAll={forAll} tr={tr} />
      <FamilyChecklist data={data} shown={[...byCategory, ...forAll]} tr={tr} />
      <ComingUp data={data} verdicts={verdicts} tr={tr} />
      <PrintResults tr={tr} fragment={fragment} />
      <HotlineBox data={data} tr={tr} />
      <details class="answers-fold">
        <summary>{t('check.results.answers')}</summary>
        <AnswersSummary answers={answers} tr={tr} onChange={onChange} />
      </details>
      <div class="check-actions">
        <button type="button" class="button button--secondary" onClick={onStartAgain}>
          {t('check.startAgain')}
        </button>
        <button type="button" class="button button--secondary" onClick={onStartAgain}>
          {t('check.clear')}
        </button>
      </div>
      <p class="small">{t('check.historyNote')}</p>
      <details class="answers-fold send-fold">
        <summary>{t('check.results.sendFold')}</summary>
        <ShareResults tr={tr} fragment={fragment} />
        <ResultsQr tr={tr} fragment={fragment} />
      </details>
      <WhyNot data={data} notApplying={verdicts.filter((v) => v.verdict === 'no')} tr={tr} />
      <ResultsReport data={data} fragment={fragment} tr={tr} />
    </div>
  );
}
