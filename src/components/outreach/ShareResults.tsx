/**
 * Copy or share the link to these results. The link carries the family's answers in its fragment,
 * so the panel says so first, plainly: send it only to someone you trust. Nothing is sent by the
 * site; the share button appears only where the browser has a share sheet.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { resultsAddress } from './resultsAddress.ts';
import { canShare, copyText, shareThrough } from './sendText.ts';

/** `fragment`: the answers as the link contract writes them, from the answers in memory. */
export function ShareResults({ tr, fragment }: { tr: Translator; fragment: string }) {
  const { t } = tr;
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | undefined>(undefined);
  const manualText = useRef<HTMLTextAreaElement>(null);
  const shareable = canShare();

  useEffect(() => {
    manualText.current?.focus();
    manualText.current?.select();
  }, [manual]);

  async function copy() {
    const link = resultsAddress(fragment);
    setManual(undefined);
    setStatus('');
    if (await copyText(link)) return setStatus(t('outreach.share.copied'));
    setStatus(t('outreach.share.copyFailed'));
    setManual(link);
  }

  async function share() {
    if ((await shareThrough({ title: t('outreach.share.resultsShareTitle'), url: resultsAddress(fragment) })) === 'failed') await copy();
  }

  return (
    <section class="share share--results" aria-labelledby="share-results-title">
      <h3 id="share-results-title">{t('outreach.share.resultsTitle')}</h3>
      <p class="notice">{t('outreach.share.resultsWarning')}</p>
      <div class="share__actions">
        <button type="button" class="button button--secondary" onClick={() => void copy()}>
          {t('outreach.share.copyLink')}
        </button>
        {shareable && (
          <button type="button" class="button button--secondary" onClick={() => void share()}>
            {t('outreach.share.share')}
          </button>
        )}
      </div>
      {/* aria-live rather than role="status": the questionnaire's own notices are its status messages. */}
      <p class="share__status" aria-live="polite">
        {status}
      </p>
      {manual !== undefined && (
        <div class="share__manual">
          <label for="share-results-manual">{t('outreach.share.manualLabel')}</label>
          <textarea id="share-results-manual" readOnly rows={4} ref={manualText} value={manual} />
        </div>
      )}
    </section>
  );
}
