/**
 * The search index of a language (/search-index.json, /en/search-index.json), built from content/
 * at build time (see src/lib/search/). Pages fetch it only when someone starts to search.
 */
import type { APIRoute } from 'astro';
import type { Language } from '../../lib/paths.ts';
import { buildSiteSearchIndex } from '../../lib/search/siteSearchIndex.ts';
import en from '../../locales/en.json';
import zh from '../../locales/zh-CN.json';
import { getSiteContent } from '../../site/siteContent.ts';
import { pathsForEachLanguage } from '../../site/routes.ts';

export const getStaticPaths = pathsForEachLanguage;

export const GET: APIRoute = async ({ props }) => {
  const index = buildSiteSearchIndex((props as { lang: Language }).lang, await getSiteContent(), { zh, en });
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
