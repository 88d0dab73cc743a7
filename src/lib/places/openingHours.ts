/**
 * Opening hours: the small part of OpenStreetMap's `opening_hours` syntax
 * (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification) that a place's weekly
 * hours need, checked with messages a data clerk can act on (describeOpeningHours.ts puts it into
 * plain words, since families cannot read the syntax).
 *
 * The subset, every part of it valid OSM:
 * - `24/7`: open all day, every day;
 * - rules separated by `; `, a later rule replacing an earlier one for the days it names, as in OSM;
 * - a rule is `[days] times` (open then) or `days off` / `days closed` (closed those days);
 *   a rule without days applies every day;
 * - days: `Mo Tu We Th Fr Sa Su`, ranges (`Mo-Fr`, `Sa-Mo` wraps round the week), lists
 *   (`Mo,We,Fr`), and `PH`, the public holidays (法定节假日), also in a list (`Sa,Su,PH off`);
 * - times: `HH:MM-HH:MM`, two digits each, ending after they start (`24:00` may end a span),
 *   several in order (`08:30-11:30,13:30-17:00`).
 *
 * Spaces around `;`, `,` and `-` are forgiven and tidied away by `normaliseOpeningHours`.
 * Everything else OSM allows (months, dates, weeks, years, school holidays, sunrise, `+`, comments,
 * `||`, the `, ` that joins two rules) is refused with a message saying what to write instead:
 * the site must be able to say in plain words exactly when a door is open.
 */

export const weekdayCodes = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** A day selector: a weekday or a range of weekdays (0 is Monday), or the public holidays. */
export type DaySelector = { kind: 'weekdays'; from: number; to: number } | { kind: 'holidays' };

/** Minutes since midnight; `to` may be 1440 (24:00). */
export interface TimeSpan {
  from: number;
  to: number;
}

export interface OpeningRule {
  /** The days named; undefined for a rule that applies every day. */
  days: DaySelector[] | undefined;
  /** When it is open those days, or closed. */
  hours: TimeSpan[] | 'closed';
  /** Written `24/7`, kept so that the tidied value reads as it was written. */
  allTheTime?: true;
}

type Parsed = { rules: OpeningRule[] } | { problem: string };

const example = 'e.g. Mo-Fr 09:00-17:00; PH off';
const timeSpanPattern = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/u;
const dayItemPattern = /^(?:PH|(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)$/u;

const isDayList = (token: string) => token.split(',').every((item) => dayItemPattern.test(item));
const isTimeList = (token: string) => token.split(',').every((item) => timeSpanPattern.test(item));
const isModifier = (token: string) => token === 'off' || token === 'closed';

/**
 * Why a piece of a rule is not accepted, and what to write instead. The common mistakes get their
 * own advice: Chinese punctuation or words, lower-case days, one-digit hours.
 */
function unsupportedPart(token: string): string {
  const quoted = `"${token}"`;
  if (/[：－～；，、。]|[~–—]/u.test(token)) {
    return `${quoted} has Chinese or typographic punctuation: write times with a half-width colon and hyphen (09:00-17:00), and separate with half-width , and ;, ${example}`;
  }
  if (/\p{Script=Han}/u.test(token)) {
    return `${quoted} is not in the opening-hours form: write Mo-Fr for 周一至周五, Sa,Su for 周六、周日, PH for 法定节假日, ${example}`;
  }
  const parts = token.split(',');
  const kinds = new Set(parts.map((part) => (timeSpanPattern.test(part) ? 'time' : dayItemPattern.test(part) ? 'day' : isModifier(part) ? 'off' : 'other')));
  if (parts.length > 1 && !kinds.has('other') && kinds.size > 1) {
    return `a comma cannot start a new rule (${quoted}): separate rules with "; ", e.g. Mo-Fr 08:30-11:30; Sa 09:00-11:00`;
  }
  if (token === '24/7') return '"24/7" must be a rule of its own (24/7; PH off); for whole days on some days write e.g. Mo-Fr 00:00-24:00';
  if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/iu.test(token) || /^(?:\d{4})$/u.test(token) || /^\d{1,2}\/\d{1,2}$/u.test(token)) {
    return `${quoted}: months, dates and years are not supported: give the usual weekly hours, ${example}`;
  }
  if (/^week$/iu.test(token)) return `${quoted}: week numbers are not supported: give the usual weekly hours, ${example}`;
  if (/sunrise|sunset|dawn|dusk/iu.test(token)) {
    return `${quoted}: sunrise and sunset times are not supported: give clock times, ${example}`;
  }
  if (/^SH$/u.test(token)) {
    return `${quoted}: school holidays are not supported: give the usual weekly hours, and PH for public holidays`;
  }
  if (/^(?:open|unknown)$/iu.test(token)) {
    return `${quoted} is not supported: give the times it is open (Mo-Fr 09:00-17:00), or "off" for closed days`;
  }
  if (/\[/u.test(token)) return `${quoted}: "the first Monday" and the like are not supported: give the usual weekly hours, ${example}`;
  if (/\+/u.test(token) || /\d\/\d/u.test(token)) {
    return `${quoted} is not supported: give plain spans with a start and an end (08:30-11:30,13:30-17:00), ${example}`;
  }
  if (/(?:^|[^\d])\d:\d{2}/u.test(token)) {
    return `${quoted}: write hours with two digits, 09:00 not 9:00, ${example}`;
  }
  if (/^\d{1,2}(?::\d{2})?-\d{1,2}(?::\d{2})?$/u.test(token) || /\d{3,4}-\d{3,4}/u.test(token)) {
    return `${quoted}: write times as hours and minutes, 09:00-17:00, ${example}`;
  }
  if (parts.some((part) => /^PH-|-PH$/u.test(part))) {
    return `${quoted}: PH cannot be part of a range: list it, e.g. Sa,Su,PH off`;
  }
  if (parts.some((part) => /^(?:mo|tu|we|th|fr|sa|su|ph|mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:-[a-z]+)?$/iu.test(part))) {
    return `${quoted}: write days exactly as Mo Tu We Th Fr Sa Su (capital first, two letters) and PH for public holidays, ${example}`;
  }
  return `${quoted} is not part of the opening hours this list accepts: write days (Mo-Fr, Sa,Su, PH) and times (09:00-17:00), ${example}`;
}

const minutesOf = (hours: string, minutes: string) => Number(hours) * 60 + Number(minutes);

function parseTimes(token: string): TimeSpan[] | string {
  const spans: TimeSpan[] = [];
  for (const item of token.split(',')) {
    const [, h1, m1, h2, m2] = timeSpanPattern.exec(item)!;
    const from = minutesOf(h1!, m1!);
    const to = minutesOf(h2!, m2!);
    if (Number(h1) > 23 || Number(m1) > 59 || Number(h2) > 24 || Number(m2) > 59 || to > 24 * 60) {
      return `"${item}" is not a time of day: hours go from 00 to 23 (24:00 may end a span), minutes from 00 to 59`;
    }
    if (to === from) return `"${item}" starts and ends at the same time: give the time it closes`;
    if (to < from) {
      return `"${item}" ends before it starts: hours past midnight are not supported, so end the day at 24:00 and start the next at 00:00`;
    }
    const previous = spans.at(-1);
    if (previous && from < previous.to) {
      return `the times "${token}" overlap or are out of order: write them from earliest to latest, e.g. 08:30-11:30,13:30-17:00`;
    }
    spans.push({ from, to });
  }
  return spans;
}

function parseDays(token: string): DaySelector[] {
  return token.split(',').map((item): DaySelector => {
    if (item === 'PH') return { kind: 'holidays' };
    const [first, last = first] = item.split('-') as [string, string?];
    return { kind: 'weekdays', from: weekdayCodes.indexOf(first as never), to: weekdayCodes.indexOf(last as never) };
  });
}

function parseRule(written: string): OpeningRule | string {
  const rule = written.replace(/\s+/gu, ' ').replace(/ ?([,-]) ?/gu, '$1');
  if (rule === '24/7') return { days: undefined, hours: [{ from: 0, to: 24 * 60 }], allTheTime: true };
  const tokens = rule.split(' ');
  let next = 0;
  const days = tokens[next] !== undefined && isDayList(tokens[next]!) ? parseDays(tokens[next++]!) : undefined;
  const times = tokens[next] !== undefined && isTimeList(tokens[next]!) ? parseTimes(tokens[next++]!) : undefined;
  const closed = tokens[next] !== undefined && isModifier(tokens[next]!) ? tokens[next++] : undefined;
  if (next < tokens.length) return unsupportedPart(tokens[next]!);
  if (typeof times === 'string') return times;
  if (times && closed) {
    return `"${rule}": give the times it is open rather than the times it is closed, e.g. Mo-Fr 08:30-11:30,13:30-17:00`;
  }
  if (closed && !days)
    return `"${rule}" would mean closed every day: a place closed for good should be left out of the list; for closed days write e.g. Sa,Su off`;
  if (!times && !closed) return `"${rule}" gives days but no times: write the hours (${rule} 09:00-17:00), or "${rule} off" if it is closed then`;
  return { days, hours: times ?? 'closed' };
}

function parse(value: string): Parsed {
  if (value.trim() === '') return { problem: `is empty: write the hours, ${example}` };
  if (value.includes('"'))
    return { problem: `comments in quotes are not supported: give the hours only, and put anything else on the source page, ${example}` };
  if (value.includes('||')) return { problem: `"||" (fallback rules) is not supported: separate rules with "; ", ${example}` };
  if (value.includes('；')) return { problem: `has a Chinese semicolon "；": separate rules with a half-width semicolon and a space, "; ", ${example}` };
  const rules: OpeningRule[] = [];
  const written = value.trim().split(/\s*;\s*/u);
  for (const [index, part] of written.entries()) {
    if (part === '') return { problem: `has an empty rule: remove the extra ";" (${index === written.length - 1 ? 'at the end' : 'two in a row'})` };
    const rule = parseRule(part);
    if (typeof rule === 'string') return { problem: rule };
    // A later rule overrides the public holidays too (in OSM a rule for Mo-Fr also covers a
    // holiday that falls on a Monday), so holiday rules come last; then "PH off" means what it says.
    const namesHolidays = (candidate: OpeningRule) => candidate.days?.some((day) => day.kind === 'holidays') ?? false;
    const namesWeekdays = (candidate: OpeningRule) => candidate.days?.some((day) => day.kind === 'weekdays') ?? true;
    if (namesWeekdays(rule) && rules.some(namesHolidays)) {
      return { problem: `put the rule for public holidays (PH) last: a later rule would override it, ${example}` };
    }
    rules.push(rule);
  }
  return { rules };
}

/**
 * What is wrong with an opening-hours value, as a message a data clerk can act on, or undefined
 * when it is in the supported subset (see the module comment).
 * @example openingHoursProblem('Mo-Fr 09:00-17:00; PH off') // undefined
 * @example openingHoursProblem('Mo-Fr 9:00-17:00') // '"9:00-17:00": write hours with two digits, 09:00 not 9:00, …'
 */
export function openingHoursProblem(value: string): string | undefined {
  const parsed = parse(value);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/** The rules of a valid value. @throws when the value has a problem. */
export function parsedRules(value: string): OpeningRule[] {
  const parsed = parse(value);
  if ('problem' in parsed) throw new Error(`opening hours "${value}" ${parsed.problem}`);
  return parsed.rules;
}

/** `09:00`: minutes since midnight as a clock shows them. */
export const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function writeDays(days: DaySelector[]): string {
  return days
    .map((day) => {
      if (day.kind === 'holidays') return 'PH';
      return day.from === day.to ? weekdayCodes[day.from]! : `${weekdayCodes[day.from]!}-${weekdayCodes[day.to]!}`;
    })
    .join(',');
}

/**
 * The same hours written the one way the OSM specification spells them: `; ` between rules, no
 * spaces inside lists and ranges, `off` for closed.
 * @throws when the value has a problem (check with `openingHoursProblem` first).
 * @example normaliseOpeningHours('Mo - Fr 09:00 - 17:00 ;PH closed') // 'Mo-Fr 09:00-17:00; PH off'
 */
export function normaliseOpeningHours(value: string): string {
  return parsedRules(value)
    .map((rule) => {
      if (rule.allTheTime) return '24/7';
      const hours = rule.hours === 'closed' ? 'off' : rule.hours.map((span) => `${clock(span.from)}-${clock(span.to)}`).join(',');
      return rule.days ? `${writeDays(rule.days)} ${hours}` : hours;
    })
    .join('; ');
}
