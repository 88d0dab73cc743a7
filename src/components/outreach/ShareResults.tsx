/**
 * Copy or share the link to these results. The link carries the family's answers in its fragment,
 * so the panel says so first, plainly: send it only to someone you trust. Nothing is sent by the
 * site; the share button appears only where the browser has a share sheet.
 */
import { useState } from 'preact/hooks';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { resultsAddress } from './resultsAddress.ts';
import { CopyOutcome } from './CopyOutcome.tsx';
import { canShare, copyText, shareThrough } from './sendText.ts';

/** `fragment`: the answers as the link contract writes them, from the answers in memory. */
export function ShareResults({ tr, fragment }: { tr: Translator; fragment: string }) {
  const { t } = tr;
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | undefined>(undefined);
  const shareable = canShare();

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
      <CopyOutcome tr={tr} status={status} manual={manual} id="share-results-manual" rows={4} />
    </section>
  );
}
