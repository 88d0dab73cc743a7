/**
 * What happened to a copy or share, said where a screen reader hears it; and when copying failed,
 * the text in a box, selected, to copy by hand (WeChat and plain http refuse both ways of copying).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Translator } from '../../lib/strings/translatorFor.ts';

interface Props {
  tr: Translator;
  status: string;
  /** The text to copy by hand; absent while copying works. */
  manual: string | undefined;
  /** The box's id, unique on the page. */
  id: string;
  rows: number;
}

export function CopyOutcome({ tr, status, manual, id, rows }: Props) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [manual]);
  return (
    <>
      {/* aria-live rather than role="status": the questionnaire's own notices are its status messages. */}
      <p class="share__status" aria-live="polite">
        {status}
      </p>
      {manual !== undefined && (
        <div class="share__manual">
          <label for={id}>{tr.t('outreach.share.manualLabel')}</label>
          <textarea id={id} readOnly rows={rows} ref={box} value={manual} />
        </div>
      )}
    </>
  );
}
