/**
 * What a service page gives staff and families to pass it on, made at build time: its short link on
 * the site's public address, the ready-to-paste message, and what "Listen" reads.
 */
import { useTranslations } from '../i18n/translate.ts';
import { byLanguage } from '../lib/byLanguage.ts';
import { departmentLabel } from '../lib/content/departmentLabel.ts';
import { departmentsOfService, hotlinesOfService } from '../lib/content/relations.ts';
import type { Service } from '../lib/content/schemas.ts';
import { readAloudText } from '../lib/outreach/readAloudText.ts';
import { firstSentence, shareMessage } from '../lib/outreach/shareMessage.ts';
import { contentSide, localisedPath, type Language } from '../lib/paths.ts';
import type { NextStepsView } from './nextStepsView.ts';
import { getSiteContent } from './siteContent.ts';
import { publicUrl } from './publicUrl.ts';

/** `/s/34/`, or `/en/s/34/`: the short link's path. */
export function shortLinkPath(lang: Language, number: number): string {
  return localisedPath(lang, `/s/${number}/`);
}

export async function serviceOutreach(service: Service, lang: Language, site: URL | undefined, nextSteps: NextStepsView) {
  const t = useTranslations(lang);
  const content = await getSiteContent();
  const { hotlines } = content;
  const text = service[contentSide(lang)];
  const code = `${t('service.codeLabel')} ${service.number}`;
  const link = publicUrl(site, shortLinkPath(lang, service.number));
  const related = hotlinesOfService(content, service);
  const speech = readAloudText(
    lang,
    [
      { text: `${code}${byLanguage(lang, { zh: '，', en: ', ' })}${text.name}` },
      { label: t('service.summaryTitle'), text: text.summary },
      { label: t('service.target'), text: text.target },
      {
        label: t('service.departments'),
        text: departmentsOfService(content, service).map((department) => departmentLabel(department, lang)),
      },
      {
        label: t('service.hotlinesTitle'),
        text: related.map((hotline) => [hotline.number, hotline[contentSide(lang)].name].filter(Boolean).join(' ')),
      },
      // How to get it, as the page shows it: the facts, or what the page says where no source says.
      { label: t('nextSteps.where'), text: nextSteps.where.length > 0 ? nextSteps.where.map((fact) => fact.text) : t('nextSteps.whereUnknown') },
      {
        label: t('nextSteps.bring'),
        text: nextSteps.bring.length > 0 ? nextSteps.bring.map((fact) => fact.text) : t('nextSteps.bringUnknown', { place: nextSteps.askAt }),
      },
    ],
    hotlines.flatMap((hotline) => (hotline.number ? [hotline.number] : [])),
  );
  return {
    code,
    link,
    message: shareMessage({ template: t('outreach.share.message'), code, name: text.name, summary: text.summary, link }),
    /** For navigator.share: the link goes in `url`, so the text does not repeat it. */
    shareTitle: `${code} ${text.name}`,
    shareText: firstSentence(text.summary),
    speech,
  };
}
