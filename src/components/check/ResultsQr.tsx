/**
 * "Open the results on another phone": a QR code of the results' address, answers fragment and
 * all (the same address "copy link" gives), made on the device, since the results exist only in the URL fragment. Because whoever
 * scans it sees the family's answers, it says so first and waits for a yes; only then is the QR
 * code module fetched (its own chunk, never part of the page's first load).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { resultsQrSvg } from '../outreach/resultsAddress.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { AnswersWarning } from './AnswersWarning.tsx';

type Step = { kind: 'closed' } | { kind: 'asking' } | { kind: 'loading' } | { kind: 'shown'; svg: string } | { kind: 'failed' };

/** `fragment`: the answers as the link contract writes them, from the answers in memory. */
export function ResultsQr({ tr, fragment }: { tr: Translator; fragment: string }) {
  const { t } = tr;
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const warning = useRef<HTMLParagraphElement>(null);
  const shown = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  // Focus follows each step the person takes, so a screen reader reads the warning, then the code.
  useEffect(() => {
    if (!moved.current) return;
    if (step.kind === 'asking') warning.current?.focus();
    else if (step.kind === 'shown' || step.kind === 'failed') shown.current?.focus();
    else if (step.kind === 'closed') opener.current?.focus();
  }, [step.kind]);

  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  async function show() {
    go({ kind: 'loading' });
    try {
      go({ kind: 'shown', svg: await resultsQrSvg(fragment, t('outreach.qr.results.label')) });
    } catch {
      go({ kind: 'failed' });
    }
  }

  return (
    <div class="results-qr">
      {step.kind === 'closed' && (
        <button type="button" class="button button--secondary" ref={opener} onClick={() => go({ kind: 'asking' })}>
          {t('outreach.qr.results.button')}
        </button>
      )}
      {step.kind === 'asking' && (
        <AnswersWarning
          tr={tr}
          className="results-qr__warning"
          confirmLabel={t('outreach.qr.results.confirm')}
          onConfirm={() => void show()}
          onCancel={() => go({ kind: 'closed' })}
          textRef={warning}
        />
      )}
      {step.kind === 'loading' && <p role="status">{t('outreach.qr.results.loading')}</p>}
      {(step.kind === 'shown' || step.kind === 'failed') && (
        <div class="results-qr__shown" tabIndex={-1} ref={shown}>
          {step.kind === 'shown' ? (
            <>
              <p>{t('outreach.qr.results.hint')}</p>
              <div class="qr-code" dangerouslySetInnerHTML={{ __html: step.svg }} />
            </>
          ) : (
            <p role="alert">{t('outreach.qr.results.failed')}</p>
          )}
          <button type="button" class="button button--secondary" onClick={() => go({ kind: 'closed' })}>
            {t('outreach.qr.results.hide')}
          </button>
        </div>
      )}
    </div>
  );
}
