/**
 * Starts the service worker (dist/sw.js, made by src/integrations/offline.ts) with workbox-window.
 * Where a browser has no service worker, or blocks it (some in-app browsers do), nothing happens
 * and every page is still plain HTML from the network.
 */
import { Workbox } from 'workbox-window';

function isControlled(): boolean {
  try {
    return Boolean(navigator.serviceWorker.controller);
  } catch {
    // Some browsers throw here when storage is blocked.
    return false;
  }
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  const readyNote = document.querySelector<HTMLElement>('[data-offline-ready]');
  const showReady = () => {
    if (readyNote) readyNote.hidden = false;
  };
  // A worker controls the page only once it has saved the whole site.
  const controlledAtStart = isControlled();
  if (controlledAtStart) showReady();

  const workbox = new Workbox('/sw.js');
  let reloadWhenControlled = false;
  const offerUpdate = () => {
    if (banner) banner.hidden = false;
  };
  banner?.querySelector<HTMLButtonElement>('[data-update-reload]')?.addEventListener('click', () => {
    void workbox.getSW().then(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      // Another tab may already have let the new version in: then this page only needs reloading.
      if (!registration?.waiting) {
        location.reload();
        return;
      }
      reloadWhenControlled = true;
      workbox.messageSkipWaiting();
    });
  });
  banner?.querySelector<HTMLButtonElement>('[data-update-later]')?.addEventListener('click', () => {
    banner.hidden = true;
    // The button that had focus is gone: give it to the page rather than lose it.
    document.getElementById('main')?.focus();
  });

  workbox.addEventListener('waiting', offerUpdate);
  workbox.addEventListener('controlling', (event) => {
    if (reloadWhenControlled) location.reload();
    // A new version took over while this page was open (its button, or another tab's): the page is
    // from the old one, so it keeps offering to reload, and never reloads by itself.
    else if (event.isUpdate || controlledAtStart) offerUpdate();
    // The first worker has saved the whole site and taken this page. It may have started on an
    // earlier page (saving takes a while on a slow network), so this page would never hear of its
    // activation, only of being taken.
    else showReady();
  });
  workbox.register().catch(() => {
    // Blocked or failed: the site works as plain pages from the network.
  });
}
