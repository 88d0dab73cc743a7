/**
 * The questionnaire results' address to hand on (copied, shared or in a QR code): the page's
 * canonical URL, on the site's public address (SITE_URL at build time), with the answers'
 * fragment. So what is handed on from a preview, a mirror or a WeChat link with `?from=…` added
 * still opens the same results on the public site.
 */
export function resultsAddress(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return new URL(location.hash, canonical ?? location.href).href;
}
