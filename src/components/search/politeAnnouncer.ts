/**
 * Says `text` through a live region once typing pauses, so a screen reader is not interrupted at
 * every keystroke; a newer text replaces one not yet said.
 */
export function politeAnnouncer(region: HTMLElement | null): (text: string) => void {
  let timer: number | undefined;
  return (text) => {
    if (!region) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (region.textContent = text), 600);
  };
}
