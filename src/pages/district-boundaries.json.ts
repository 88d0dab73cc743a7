/**
 * /district-boundaries.json: the 16 district outlines in the compact form the "near me" script
 * reads (src/lib/places/compactDistrictShapes.ts). One file for both languages; it is fetched only when
 * a family asks to be located, and precached so that works offline.
 * Data © OpenStreetMap contributors, via geoBoundaries, ODbL 1.0 (content/divisions/PROVENANCE.md).
 */
import type { APIRoute } from 'astro';
import { compactShapes } from '../lib/places/compactDistrictShapes.ts';
import { getDistrictShapes } from '../site/districtShapes.ts';

/** The file carries its licence and attribution, as ODbL asks of a published derived database. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      licence: 'ODbL-1.0',
      attribution: '© OpenStreetMap contributors, via geoBoundaries gbOpen CHN-ADM3 (boundaryYear 2017); simplified',
      districts: compactShapes(getDistrictShapes()),
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
