/**
 * The family's position, kept in the tab's sessionStorage only (never in a URL, never sent by the
 * site) until "Forget my location" or the tab closes.
 */
import { parseStoredLocation, storedLocationKey, type StoredLocation } from '../../lib/places/storedLocation.ts';

// Storage can be switched off (some WebViews, private modes): then nothing is remembered.
export function readStored(): StoredLocation | undefined {
  try {
    return parseStoredLocation(sessionStorage.getItem(storedLocationKey));
  } catch {
    return undefined;
  }
}
export function writeStored(location: StoredLocation | undefined): void {
  try {
    if (location) sessionStorage.setItem(storedLocationKey, JSON.stringify(location));
    else sessionStorage.removeItem(storedLocationKey);
  } catch {
    // Not remembered; the page still shows the result it has.
  }
}
