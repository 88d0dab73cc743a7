/**
 * The warning before the answers leave this screen in a QR code (shown, or printed): whoever scans
 * it sees them. One yes and one no; the parent moves focus to the warning (`textRef`) so that a
 * screen reader reads it first.
 */
import type { RefObject } from 'preact';
import type { Translator } from '../../lib/strings/translatorFor.ts';

interface Props {
  tr: Translator;
  /** The box's class, which the parent's styles and tests name. */
  className: string;
  /** The yes button's words. */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  textRef: RefObject<HTMLParagraphElement>;
}

export function AnswersWarning({ tr, className, confirmLabel, onConfirm, onCancel, textRef }: Props) {
  const { t } = tr;
  return (
    <div class={`notice ${className}`}>
      <p tabIndex={-1} ref={textRef}>
        {t('outreach.qr.results.warning')}
      </p>
      <p class="results-qr__actions">
        <button type="button" class="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('outreach.qr.results.cancel')}
        </button>
      </p>
    </div>
  );
}
