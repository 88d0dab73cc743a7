/**
 * "Print the results and checklist": first the same warning the results' QR code gives (whoever
 * scans it sees the answers), then a printout whose QR code opens these same results, made on the
 * device from the answers in memory. The code exists only while printing: printed later from the
 * browser's menu, the page carries the questionnaire's address without answers, as it always did.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { resultsQrSvg } from '../outreach/resultsAddress.ts';
import { AnswersWarning } from './AnswersWarning.tsx';

type Step = { kind: 'closed' } | { kind: 'asking' } | { kind: 'printing'; svg: string } | { kind: 'failed' };

export function PrintResults({ tr, fragment }: { tr: Translator; fragment: string }) {
  const { t } = tr;
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const warning = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (step.kind === 'asking') warning.current?.focus();
    // Print once the code is on the page, so the printout carries it.
    if (step.kind === 'printing') print();
  }, [step]);

  useEffect(() => {
    const done = () => setStep((current) => (current.kind === 'printing' ? { kind: 'closed' } : current));
    addEventListener('afterprint', done);
    return () => removeEventListener('afterprint', done);
  }, []);

  async function confirm() {
    try {
      setStep({ kind: 'printing', svg: await resultsQrSvg(fragment, t('outreach.qr.results.label')) });
    } catch {
      setStep({ kind: 'failed' });
    }
  }

  return (
    <div class="print-results">
      {step.kind === 'asking' ? (
        <AnswersWarning
          tr={tr}
          className="print-results__warning"
          confirmLabel={t('check.printConfirm')}
          onConfirm={() => void confirm()}
          onCancel={() => setStep({ kind: 'closed' })}
          textRef={warning}
        />
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setStep({ kind: 'asking' })}>
          {t('check.print')}
        </button>
      )}
      {step.kind === 'failed' && <p role="alert">{t('check.printFailed')}</p>}
      {step.kind === 'printing' && (
        <div class="print-only results-print-qr">
          <div class="qr-code" dangerouslySetInnerHTML={{ __html: step.svg }} />
          <p>{t('outreach.qr.results.hint')}</p>
        </div>
      )}
    </div>
  );
}
