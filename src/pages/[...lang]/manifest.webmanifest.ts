/** The web app manifest of a language (/manifest.webmanifest, /en/manifest.webmanifest). */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n/translate.ts';
import { webManifest } from '../../lib/offline/webManifest.ts';
import type { Language } from '../../lib/paths.ts';
import { pathsForEachLanguage } from '../../site/routes.ts';

export const getStaticPaths = pathsForEachLanguage;

export const GET: APIRoute = ({ props }) => {
  const lang = (props as { lang: Language }).lang;
  const t = useTranslations(lang);
  const manifest = webManifest(lang, { name: t('site.name'), shortName: t('app.shortName'), description: t('home.description') });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
