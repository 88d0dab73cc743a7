/**
 * The questionnaire's address to hand on (copied, shared, in a QR code or on a printed checklist):
 * the page's canonical URL, on the site's public address (SITE_URL at build time). So what is
 * handed on from a preview, a mirror or a WeChat link with `?from=…` added still opens the public
 * site. The answers' fragment is built by the caller from the answers in memory, never read back
 * from the address bar; without one, the address carries no answers.
 */
export function resultsAddress(fragment = ''): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const base = new URL(canonical ?? location.href);
  base.hash = fragment;
  return base.href;
}

/**
 * The QR code of the results' address as SVG, made on the device from the answers' fragment. The
 * QR module is fetched only now, as its own chunk, never with the page's first load.
 */
export async function resultsQrSvg(fragment: string, label: string): Promise<string> {
  const { qrSvg } = await import('../../lib/outreach/qrSvg.ts');
  return qrSvg(resultsAddress(fragment), { label });
}
