/**
 * The one script a page runs before its first paint, written inline at the top of <head> by
 * src/layouts/BaseLayout.astro. It marks the page as scripted, so that what a script replaces (the
 * questionnaire's printable checklist) is never drawn and then moved, and, should the replacement
 * not have appeared 6 s after load, marks it failed so the original shows again; notes whether the
 * browser can locate (places' "near me" is laid out before the first paint); and applies large-text
 * mode if this device remembers it (components/outreach/textSizeToggle.ts), so the page is never
 * drawn small first. localStorage can throw in some webviews.
 *
 * One fixed text, with no build-time values in it: the Content-Security-Policy allows it by its
 * hash (src/integrations/contentSecurityPolicy.ts), and both the page and the hash come from here.
 * Old syntax on purpose: it runs before anything else, on any phone.
 */
export const firstPaintScript = [
  "document.documentElement.classList.add('js');",
  "if('geolocation'in navigator)document.documentElement.classList.add('can-locate');",
  "try{if(localStorage.getItem('text-size')==='large')document.documentElement.classList.add('large-text')}catch(e){}",
  "addEventListener('load',function(){setTimeout(function(){var c=document.getElementById('check-checklist');if(c&&!c.hidden)document.documentElement.classList.add('js-failed')},6000)});",
].join('');
