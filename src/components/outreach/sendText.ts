/**
 * Copying and sharing text in the browsers families use. `navigator.clipboard` is missing on plain
 * http and refused in some in-app browsers (WeChat's among them), so copying falls back to the old
 * hidden-textarea way; the caller shows the text to copy by hand when both fail.
 */

/** Copies with execCommand, from a textarea that is never seen and gives focus back. */
function copyThroughTextarea(text: string): boolean {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  // readonly: no on-screen keyboard pops up while it is selected.
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  document.body.append(area);
  // Focused as well as selected: some mobile browsers copy only from the focused field.
  area.focus({ preventScroll: true });
  area.select();
  area.setSelectionRange(0, text.length);
  let copied: boolean;
  try {
    // Deprecated, but the one way left where the Clipboard API is missing or refused.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  before?.focus();
  return copied;
}

/** Whether `text` reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused or not allowed here: the older way below often still works.
  }
  return copyThroughTextarea(text);
}

/** Whether the browser has a share sheet (Android Chrome does; WeChat and most desktops do not). */
export function canShare(): boolean {
  return typeof navigator.share === 'function';
}

/**
 * Opens the share sheet. `cancelled` when the person closed it, which is no failure;
 * `failed` when the browser refused, so the caller can copy instead.
 */
export async function shareThrough(data: ShareData): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
