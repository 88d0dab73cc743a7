/**
 * What the questionnaire island receives from the page: plain data, already in the page's language.
 * Built at build time (src/site/checkData.ts); nothing here is fetched.
 */
import type { ShownCondition } from '../content/schemas.ts';
import type { Language } from '../paths.ts';

export interface CheckHotline {
  id: string;
  number?: string | undefined;
  name: string;
  /** Also offer the 021-prefixed form (see src/lib/dialling.ts). */
  offerShanghaiAreaCode: boolean;
}

/** How to get a service, as its result and the family's checklist show it (src/site/nextStepsView.ts). */
export interface CheckNextStep {
  /** The first cited place or way to get it, in the page's language; absent where no source says. */
  first?: string;
  /** The cited places the family goes to, for the checklist. */
  visit: string[];
  /** The cited documents to bring, by their shared id. */
  documents: { document: string; text: string }[];
  /** The department whose notice sets the conditions and dates, which the site could not read. */
  notice?: string;
}

export interface CheckService {
  number: number;
  category: string;
  name: string;
  /** For a service that shares its name: a few words of its own content that tell it apart. */
  tellApart?: string;
  /** Department names as the page's language shows them, in the source's order. */
  departments: string[];
  hotlines: CheckHotline[];
  /** The eligibility conditions, their cited words in the page's language. */
  conditions: ShownCondition[];
  next: CheckNextStep;
}

export interface CheckData {
  lang: Language;
  categories: { id: string; name: string }[];
  services: CheckService[];
  /** Hotlines always shown beside the results. */
  hotlines: CheckHotline[];
  /** "Report a mistake" under the results: the contact the operators set, if any, and 12345 for the plan's official content. */
  report: { email?: string; phone?: string; cityHotline: CheckHotline };
  paths: {
    /** The services list; a service page is `${services}${number}/`. */
    services: string;
    hotlines: string;
    /** Where "quick exit" goes: a neutral page of the site. */
    exit: string;
  };
}

/** The service with this number; the data holds every service, so a miss is a bug, said plainly. */
export function checkServiceByNumber(data: Pick<CheckData, 'services'>, number: number): CheckService {
  const service = data.services.find((candidate) => candidate.number === number);
  if (!service) throw new Error(`The questionnaire's data has no service ${number}`);
  return service;
}
