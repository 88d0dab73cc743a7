/**
 * Starts the service worker (dist/sw.js, made by src/integrations/offline.ts) with workbox-window.
 * Where a browser has no service worker, or blocks it (some in-app browsers do), nothing happens
 * and every page is still plain HTML from the network.
 */
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  const readyNote = document.querySelector<HTMLElement>('[data-offline-ready]');
  const showReady = () => {
    if (readyNote) readyNote.hidden = false;
  };
  // A worker controls the page only once it has saved the whole site.
  if (navigator.serviceWorker.controller) showReady();

  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) showReady();
  });
  workbox.addEventListener('waiting', () => {
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector<HTMLButtonElement>('[data-update-reload]')?.addEventListener('click', () => {
      // Reload once the new worker has taken over, so the page comes from the new version.
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    });
    banner.querySelector<HTMLButtonElement>('[data-update-later]')?.addEventListener('click', () => {
      banner.hidden = true;
    });
  });
  workbox.register().catch(() => {
    // Blocked or failed: the site works as plain pages from the network.
  });
}
