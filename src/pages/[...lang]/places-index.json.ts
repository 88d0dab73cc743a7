/**
 * The places index of a language (/places-index.json, /en/places-index.json): Shanghai's districts
 * and streets/towns for search, built at build time (src/lib/search/buildPlaceSearchIndex.ts).
 * Search fetches it alongside /search-index.json, once someone starts to search.
 */
import type { APIRoute } from 'astro';
import type { Language } from '../../lib/paths.ts';
import { buildSitePlaceSearchIndex } from '../../lib/search/siteSearchIndex.ts';
import en from '../../locales/en.json';
import zh from '../../locales/zh-CN.json';
import { getSiteContent } from '../../site/siteContent.ts';
import { pathsForEachLanguage } from '../../site/routes.ts';

export const getStaticPaths = pathsForEachLanguage;

export const GET: APIRoute = async ({ props }) => {
  const index = buildSitePlaceSearchIndex((props as { lang: Language }).lang, await getSiteContent(), { zh, en });
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
