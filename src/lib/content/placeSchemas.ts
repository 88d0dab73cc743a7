/**
 * The shape of the places data: Shanghai's districts and streets/towns (content/divisions/), the
 * kinds of place the plan builds "at the doorstep" (content/place-kinds.json), the offices a
 * street's map searches look for (content/office-kinds.json), and the places themselves
 * (content/places.json, written by `npm run places:import`). Types come from here.
 */
import { z } from 'zod';
import { calendarDate } from './calendarDate.ts';
import { citedFactSchema } from './citedFactSchemas.ts';
import { openingHoursProblem } from '../places/openingHours.ts';
import { placePhonePattern } from '../places/placePhone.ts';

const text = z.string().trim().min(1, 'is empty: write the text, or remove the record');

/** A district's 6-digit division code (GB/T 2260, as the statistics bureau lists it): 310101 is 黄浦区. */
export const districtCode = z.string().regex(/^31\d{4}$/u, 'must be a Shanghai district code: 6 digits starting 31, e.g. 310101');

/** A street's or town's 9-digit division code: its district's code and three digits (310101002). */
export const streetCode = z.string().regex(/^31\d{7}$/u, 'must be a Shanghai street/town code: 9 digits starting 31, e.g. 310101002');

/** A row of content/divisions/districts.csv, as the statistics bureau's list gives it. */
export const districtRowSchema = z.strictObject({ code: districtCode, name: text });

/**
 * A row of content/divisions/streets-towns.csv. `kind` says what the unit is: 街道 (jiedao),
 * 镇 (zhen), 乡 (xiang), or a statistical unit that is no administrative area (开发区, 农场 …),
 * which the site leaves out because it has no street office or town government of its own.
 */
export const streetRowSchema = z.strictObject({
  code: streetCode,
  name: text,
  district_code: districtCode,
  district_name: text,
  kind: z.enum(['jiedao', 'zhen', 'xiang', 'other_statistical_unit']),
});

/** A district as the site uses it: the code, the official name and its English name. */
export const districtSchema = z.strictObject({
  code: districtCode,
  zh: z.strictObject({ name: text }),
  /** From the boundary data's `name_en` (OpenStreetMap), since the code list gives Chinese only. */
  en: z.strictObject({ name: text }),
});

/** A street or town the site lists: an administrative 街道, 镇 or 乡 with its own office. */
export const streetSchema = z.strictObject({
  code: streetCode,
  district: districtCode,
  /** The official name (外滩街道); the list gives no English name, and the site invents none. */
  name: text,
  kind: z.enum(['jiedao', 'zhen', 'xiang']),
});

/** The kinds of place the plan names, in the order the site lists them. */
export const placeKindIds = [
  'minor-protection-workstation',
  'rescue-protection-institution',
  'employment-service-point',
  'baby-house',
  'children-home',
  'family-civilisation-centre',
  'children-service-centre',
  'family-bookhouse',
  'young-pioneers-circle',
] as const;
export type PlaceKindId = (typeof placeKindIds)[number];

/** Kinds the plan places once a district, not in each street or town (measure 29: 区级…救助保护机构). */
export const districtLevelKinds: readonly PlaceKindId[] = ['rescue-protection-institution'];

/** Where the plan names a kind of place: the words must stand there verbatim (a unit test checks). */
const placeKindCitation = z.strictObject({
  /** `measure` (1–32) or `service` (1–42, its 服务内容). */
  source: z.enum(['measure', 'service']),
  number: z.number().int().min(1).max(42),
  words: text,
});

export const placeKindSchema = z.strictObject({
  id: z.enum(placeKindIds),
  /** Where it stands in lists, 1 first. */
  order: z.number().int().min(1),
  zh: z.strictObject({
    /** The name as the plan writes it (未成年人保护工作站), verbatim. */
    name: text,
    /** The site's own words: what it does for a migrant child, adding nothing the plan does not say. */
    whatFor: text,
  }),
  en: z.strictObject({ name: text, whatFor: text }),
  /** The services of the list it delivers (the plan's words tie them), linked from its description. */
  services: z.array(z.number().int().min(1).max(42)).default([]),
  /** The measures that name it. */
  measures: z.array(z.number().int().min(1).max(32)).default([]),
  cites: z.array(placeKindCitation).min(1, 'cite where the plan names this kind of place'),
  /**
   * What an official page beyond the plan says of this kind of place (how many minor protection
   * workstations there are, and where), in the site's plain words with the words it rests on:
   * shown with its source wherever the site says it. Default none.
   */
  facts: z.array(citedFactSchema).default([]),
});

/**
 * The offices a family may need in its street or town, which the site hands to a map app's search
 * (content/office-kinds.json). Other pages link to a search by these ids, so they are kept once
 * published; a new kind is added here first.
 */
export const officeKindIds = ['community-affairs-centre', 'community-health-centre', 'minor-protection-workstation', 'employment-service-station'] as const;
export type OfficeKindId = (typeof officeKindIds)[number];

export const officeKindSchema = z.strictObject({
  /** Stable: pages name a search by it (content/README.md lists them). */
  id: z.enum(officeKindIds, { error: `must be one of ${officeKindIds.join(', ')}: a new kind needs its id in officeKindIds (src/lib/content/placeSchemas.ts) first` }),
  /** Where it stands in lists, 1 first. */
  order: z.number().int().min(1),
  /**
   * The office's everyday Chinese name as a family types it after the street's or town's full name
   * (外滩街道 + 社区事务受理服务中心). Searched in Chinese on English pages too, since the map's
   * names are Chinese; on Chinese pages it is the office's name.
   */
  searchWord: z.string().regex(/^\p{Script=Han}+$/u, 'must be Chinese characters only, with no spaces or punctuation: the words typed into the map after the street\'s name, e.g. 社区卫生服务中心'),
  /** The office's name in English, shown beside the Chinese search on English pages. */
  en: z.strictObject({ name: text }),
});


/**
 * Shanghai's extent with a margin, in degrees. A coordinate outside it is a typo or swapped
 * longitude/latitude; whether it lies in the place's own district is checked against the boundaries.
 */
export const shanghaiExtent = { west: 120.8, east: 122.2, south: 30.6, north: 31.9 } as const;

export const coordinateSystems = ['wgs84', 'gcj02', 'bd09'] as const;

export const placeLocationSchema = z.strictObject({
  longitude: z
    .number()
    .min(shanghaiExtent.west, `is outside Shanghai (longitude ${shanghaiExtent.west}–${shanghaiExtent.east}): are longitude and latitude swapped?`)
    .max(shanghaiExtent.east, `is outside Shanghai (longitude ${shanghaiExtent.west}–${shanghaiExtent.east}): are longitude and latitude swapped?`),
  latitude: z
    .number()
    .min(shanghaiExtent.south, `is outside Shanghai (latitude ${shanghaiExtent.south}–${shanghaiExtent.north})`)
    .max(shanghaiExtent.north, `is outside Shanghai (latitude ${shanghaiExtent.south}–${shanghaiExtent.north})`),
  /**
   * The coordinate system the numbers are in. Coordinates copied from Amap's, Tencent's or Apple's
   * map in China are `gcj02` (about 500 m off GPS in Shanghai), from Baidu's map `bd09`, from a GPS
   * or OpenStreetMap `wgs84`. No default: a wrong guess moves the pin half a kilometre.
   */
  system: z.enum(coordinateSystems, { error: 'must be wgs84, gcj02 or bd09: say which map the coordinates came from' }),
});

export const placeSchema = z
  .strictObject({
    /** A stable lower-case slug, unique among places (`huangpu-waitan-workstation`). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'must be a lower-case slug of letters, digits and hyphens'),
    kind: z.enum(placeKindIds),
    district: districtCode,
    /** The street or town it serves; absent only for a district-level kind. */
    street: streetCode.optional(),
    /** The official name and address; at most 60 and 120 characters, as the import allows. */
    zh: z.strictObject({ name: text.max(60, 'is too long: at most 60 characters'), address: text.max(120, 'is too long: at most 120 characters') }),
    /** The English name; the address in English only where one is published (the Chinese one is shown too). */
    en: z.strictObject({ name: text.max(60, 'is too long: at most 60 characters'), address: text.max(120, 'is too long: at most 120 characters').optional() }),
    location: placeLocationSchema.optional(),
    /**
     * A number to call, written as dialled: a Shanghai landline `021-12345678`, a mobile number
     * `13812345678`, or a hotline listed in content/hotlines.json (`12355`).
     */
    phone: z.string().regex(placePhonePattern, 'must be a Shanghai landline (021-12345678), a mobile number (13812345678) or a listed hotline').optional(),
    /** Opening hours in OpenStreetMap `opening_hours` syntax (`Mo-Fr 09:00-17:00; PH off`). */
    openingHours: z
      .string()
      .superRefine((value, context) => {
        const problem = openingHoursProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /** The services of the list it delivers (1–42). Default none. */
    services: z.array(z.number().int().min(1).max(42)).default([]),
    /** Where a person can see the facts given here: an http(s) address. */
    source: z.url({ protocol: /^https?$/u, error: 'must be the http(s) address of the page that gives these facts' }),
    /** The day a person last checked the row against its source. */
    verified: calendarDate,
  })
  .superRefine((place, context) => {
    const districtLevel = districtLevelKinds.includes(place.kind);
    if (!districtLevel && place.street === undefined) {
      context.addIssue({ code: 'custom', path: ['street'], message: 'is missing: give the 9-digit code of the street or town it serves' });
    }
    if (districtLevel && place.street !== undefined) {
      context.addIssue({ code: 'custom', path: ['street'], message: 'must be empty: this kind of place serves the whole district, not one street or town' });
    }
    if (place.street !== undefined && !place.street.startsWith(place.district)) {
      context.addIssue({ code: 'custom', path: ['street'], message: `is not in district ${place.district}: a street code starts with its district's code` });
    }
  });

export type DistrictRow = z.infer<typeof districtRowSchema>;
export type StreetRow = z.infer<typeof streetRowSchema>;
export type District = z.infer<typeof districtSchema>;
export type Street = z.infer<typeof streetSchema>;
export type PlaceKind = z.infer<typeof placeKindSchema>;
export type OfficeKind = z.infer<typeof officeKindSchema>;
export type Place = z.infer<typeof placeSchema>;
export type PlaceLocation = z.infer<typeof placeLocationSchema>;
export type CoordinateSystemId = (typeof coordinateSystems)[number];
