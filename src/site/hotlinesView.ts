/**
 * The hotlines as the pages group them: the plan's lines and the public numbers the site adds, and
 * the ones with a number to dial (an online platform the plan names has none).
 */
import type { Hotline } from '../lib/content/schemas.ts';
import { getSiteContent } from './siteContent.ts';

/** A hotline with a number to dial. */
export type DialableHotline = Hotline & { number: string };

const dialable = (hotline: Hotline): hotline is DialableHotline => hotline.number !== undefined;

export async function hotlinesView() {
  const { hotlines, departments } = await getSiteContent();
  const ofKind = (kind: Hotline['kind']) => hotlines.filter((hotline) => hotline.kind === kind);
  return {
    departments,
    plan: ofKind('plan'),
    public: ofKind('public'),
    /** What can be dialled, for the poster and the home page's strip. */
    dialable: { plan: ofKind('plan').filter(dialable), public: ofKind('public').filter(dialable) },
    /** 110 and 120. */
    emergency: hotlines.filter((hotline) => hotline.emergency).filter(dialable),
  };
}
