/**
 * A valid opening-hours value (see openingHours.ts) in plain words for families. The words come
 * from the locale files (`openingHours.*`), passed in as a translate function, so none is written
 * here.
 */
import { clock, parsedRules, weekdayCodes, type OpeningRule, type TimeSpan } from './openingHours.ts';

/** The locale strings the description is worded from. */
export const openingHoursKeys = [
  'openingHours.day.Mo',
  'openingHours.day.Tu',
  'openingHours.day.We',
  'openingHours.day.Th',
  'openingHours.day.Fr',
  'openingHours.day.Sa',
  'openingHours.day.Su',
  'openingHours.everyDay',
  'openingHours.dayRange',
  'openingHours.listSeparator',
  'openingHours.listLastSeparator',
  'openingHours.timeSeparator',
  'openingHours.timeLastSeparator',
  'openingHours.open24Hours',
  'openingHours.open24HoursEveryDay',
  'openingHours.daysTimes',
  'openingHours.closedOn',
  'openingHours.closedEveryDay',
  'openingHours.holidaysTimes',
  'openingHours.holidaysClosed',
  'openingHours.ruleSeparator',
] as const;
export type OpeningHoursKey = (typeof openingHoursKeys)[number];

/** The page's translate function, for the keys above. */
export type OpeningHoursWording = (key: OpeningHoursKey, values?: Record<string, string>) => string;

/** What holds on each weekday (0 Monday) and on public holidays; undefined where the value says nothing. */
interface Week {
  weekdays: (TimeSpan[] | 'closed' | undefined)[];
  holidays: TimeSpan[] | 'closed' | undefined;
}

/** Applies the rules in order, each replacing what earlier ones said about its days, as in OSM. */
function weekOf(rules: OpeningRule[]): Week {
  const week: Week = { weekdays: Array.from({ length: 7 }, () => undefined), holidays: undefined };
  for (const rule of rules) {
    for (const day of rule.days ?? [{ kind: 'weekdays', from: 0, to: 6 }]) {
      if (day.kind === 'holidays') {
        week.holidays = rule.hours;
        continue;
      }
      for (let offset = 0; offset <= (day.to - day.from + 7) % 7; offset += 1) week.weekdays[(day.from + offset) % 7] = rule.hours;
    }
  }
  return week;
}

/** Consecutive days as runs: [0,1,2,4] → [[0,2],[4,4]]. */
function runsOf(days: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last[1] === day - 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** Items as a list, the last joined by its own separator: "a, b and c", or 甲、乙、丙. */
function list(items: string[], separator: string, lastSeparator: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(separator)}${lastSeparator}${items.at(-1)!}`;
}

function describeDays(days: number[], t: OpeningHoursWording): string {
  if (days.length === 7) return t('openingHours.everyDay');
  const name = (day: number) => t(`openingHours.day.${weekdayCodes[day]!}`);
  // Two days in a row read better as a pair (周六、周日) than as a range (周六至周日).
  const items = runsOf(days).flatMap(([from, to]) =>
    to - from >= 2 ? [t('openingHours.dayRange', { from: name(from), to: name(to) })] : Array.from({ length: to - from + 1 }, (_, i) => name(from + i)),
  );
  return list(items, t('openingHours.listSeparator'), t('openingHours.listLastSeparator'));
}

const isAllDay = (hours: TimeSpan[]) => hours.length === 1 && hours[0]!.from === 0 && hours[0]!.to === 24 * 60;

function describeTimes(hours: TimeSpan[], t: OpeningHoursWording): string {
  if (isAllDay(hours)) return t('openingHours.open24Hours');
  const spans = hours.map((span) => `${clock(span.from)}–${clock(span.to)}`);
  return list(spans, t('openingHours.timeSeparator'), t('openingHours.timeLastSeparator'));
}

/** One group of days that share their hours, in plain words. */
function describeGroup(days: number[], hours: TimeSpan[] | 'closed', t: OpeningHoursWording): string {
  if (hours === 'closed') return days.length === 7 ? t('openingHours.closedEveryDay') : t('openingHours.closedOn', { days: describeDays(days, t) });
  return t('openingHours.daysTimes', { days: describeDays(days, t), times: describeTimes(hours, t) });
}

/**
 * A valid opening-hours value in plain words: the days that share their hours together, Monday
 * first, public holidays last. Days the value says nothing about are left unsaid, as the value
 * leaves them.
 * @throws when the value has a problem (check with `openingHoursProblem` first).
 * @example describeOpeningHours('Mo-Fr 09:00-17:00; PH off', useTranslations('zh-CN')) // '周一至周五 09:00–17:00；法定节假日休息'
 * @example describeOpeningHours('Mo-Fr 09:00-17:00; PH off', useTranslations('en')) // 'Monday to Friday 09:00–17:00; closed on public holidays'
 */
export function describeOpeningHours(value: string, t: OpeningHoursWording): string {
  const week = weekOf(parsedRules(value));
  const groups = new Map<string, { days: number[]; hours: TimeSpan[] | 'closed' }>();
  week.weekdays.forEach((hours, day) => {
    if (hours === undefined) return;
    const key = JSON.stringify(hours);
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { days: [day], hours });
  });

  const parts = [...groups.values()].map(({ days, hours }) => {
    if (days.length === 7 && hours !== 'closed' && isAllDay(hours)) return t('openingHours.open24HoursEveryDay');
    return describeGroup(days, hours, t);
  });
  if (week.holidays === 'closed') parts.push(t('openingHours.holidaysClosed'));
  else if (week.holidays) parts.push(t('openingHours.holidaysTimes', { times: describeTimes(week.holidays, t) }));

  const text = parts.join(t('openingHours.ruleSeparator'));
  // A description starts a sentence; in a script without capitals this changes nothing.
  return text.charAt(0).toUpperCase() + text.slice(1);
}
