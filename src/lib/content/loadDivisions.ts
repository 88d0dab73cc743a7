/**
 * Shanghai's districts and streets/towns, read from the statistics bureau's code list in
 * content/divisions/ (copied verbatim from ../shared/data/, see content/divisions/PROVENANCE.md),
 * with each district's English name from the boundary file. Statistical units that are no
 * administrative area (开发区, 农场 …) are left out: they have no street office or town government
 * a family could ask.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DistrictShape } from '../places/districtBoundaries.ts';
import { districtShapesFromGeoJson } from '../places/districtGeoJson.ts';
import { parseCsv } from '../places/parseCsv.ts';
import { districtRowSchema, streetRowSchema, type District, type Street } from './placeSchemas.ts';
import { validateRecords } from './validateRecords.ts';

export interface Divisions {
  districts: District[];
  streets: Street[];
  /** The district outlines (WGS-84), for checking that a place's coordinates lie in its district. */
  shapes: DistrictShape[];
}

/** The rows of a CSV file as objects keyed by its header, or a problem when the file cannot be read. */
function readCsvRecords(path: string, name: string, problems: string[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problems.push(`${name}: cannot be read (${(error as Error).message})`);
    return [];
  }
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/u, ''));
  if (!header) {
    problems.push(`${name}: is empty`);
    return [];
  }
  return rows.map((row) => Object.fromEntries(header.fields.map((column, i) => [column, row.fields[i] ?? ''])));
}

/** Where the district outlines are, under content/. */
const boundaryFile = 'divisions/district-boundaries.geojson';

/**
 * The boundary file, read and checked here for the loader and the build alike: each district's
 * outline and English name (`name_en`). A problem is added to `problems`.
 */
export function readDistrictBoundaries(contentDir: string, problems: string[]): { shapes: DistrictShape[]; englishNames: Map<string, string> } {
  const englishNames = new Map<string, string>();
  try {
    const geojson: unknown = JSON.parse(readFileSync(join(contentDir, boundaryFile), 'utf8'));
    const shapes = districtShapesFromGeoJson(geojson);
    for (const feature of (geojson as { features: { properties: { code?: unknown; name_en?: unknown } }[] }).features) {
      const { code, name_en: nameEn } = feature.properties;
      if (typeof code === 'string' && typeof nameEn === 'string' && nameEn.trim() !== '') englishNames.set(code, nameEn);
    }
    return { shapes, englishNames };
  } catch (error) {
    problems.push(`content/${boundaryFile}: ${(error as Error).message}`);
    return { shapes: [], englishNames };
  }
}

/** Reads and checks the division list; every problem is added to `problems`. */
export function loadDivisions(contentDir: string, problems: string[]): Divisions {
  const dir = join(contentDir, 'divisions');
  const districtRows = validateRecords(
    'content/divisions/districts.csv',
    'district',
    readCsvRecords(join(dir, 'districts.csv'), 'content/divisions/districts.csv', problems),
    districtRowSchema,
    problems,
  );
  const streetRows = validateRecords(
    'content/divisions/streets-towns.csv',
    'street/town',
    readCsvRecords(join(dir, 'streets-towns.csv'), 'content/divisions/streets-towns.csv', problems),
    streetRowSchema,
    problems,
  );
  const { shapes, englishNames } = readDistrictBoundaries(contentDir, problems);

  const districts = districtRows.map((row): District => {
    const en = englishNames.get(row.code);
    if (!en || !shapes.some((shape) => shape.code === row.code)) {
      problems.push(`content/${boundaryFile}: has no outline with an English name for district ${row.code} ${row.name}`);
    }
    return { code: row.code, zh: { name: row.name }, en: { name: en ?? row.name } };
  });
  const districtCodes = new Set(districts.map((district) => district.code));
  const streets: Street[] = [];
  for (const row of streetRows) {
    if (!districtCodes.has(row.district_code) || !row.code.startsWith(row.district_code)) {
      problems.push(`content/divisions/streets-towns.csv, street/town ${row.code}, field "district_code": "${row.district_code}" is not its district`);
    }
    if (row.kind !== 'other_statistical_unit') streets.push({ code: row.code, district: row.district_code, name: row.name, kind: row.kind });
  }
  return { districts, streets, shapes };
}
