/**
 * The web app manifest of a language: what a phone shows when the site is added to the home
 * screen. One manifest a language, so an English reader's icon opens the English home page.
 */
import { localisedPath, type Language } from '../paths.ts';

/** The installed app's icons, made at build time from design/app-icon.svg (src/integrations/appIcons.ts). */
export const appIcons = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** The icon iOS uses for the home screen (it ignores the manifest's). */
export const appleTouchIcon = { src: '/icons/apple-touch-icon.png', size: 180 } as const;

/** The brand colour of the header, and the page background. */
export const themeColour = '#0b3b60';
export const backgroundColour = '#ffffff';

export interface ManifestWording {
  name: string;
  shortName: string;
  description: string;
}

export function webManifest(lang: Language, wording: ManifestWording) {
  const home = localisedPath(lang, '/');
  return {
    id: home,
    name: wording.name,
    short_name: wording.shortName,
    description: wording.description,
    lang,
    dir: 'ltr',
    start_url: home,
    // One scope for both languages: the language switch must not leave the installed app.
    scope: '/',
    display: 'standalone',
    theme_color: themeColour,
    background_color: backgroundColour,
    icons: appIcons,
  };
}
