import { DomainError } from '../../errors/domain-error.js';

/** A date read from a cell: wall-clock fields, and the offset when the text carried one. */
export interface ReadDate {
  /** The wall-clock time as if it were UTC, in ms (the zone is applied later). */
  wallMs: number;
  /** Minutes east of UTC written in the text (ISO only), or null: local to the mapping's zone. */
  offsetMinutes: number | null;
}

/** Reads one cell; null when it does not match the format or names no real date and time. */
export type DateReader = (text: string) => ReadDate | null;

const tokenPatterns: Record<string, string> = {
  YYYY: '(?<year>\\d{4})',
  MM: '(?<month>\\d{2})',
  M: '(?<month>\\d{1,2})',
  DD: '(?<day>\\d{2})',
  D: '(?<day>\\d{1,2})',
  HH: '(?<hour>\\d{2})',
  H: '(?<hour>\\d{1,2})',
  hh: '(?<hour12>\\d{2})',
  h: '(?<hour12>\\d{1,2})',
  mm: '(?<minute>\\d{2})',
  ss: '(?<second>\\d{2})',
  SSS: '(?<millisecond>\\d{3})',
  A: '(?<meridiem>AM|PM|am|pm)',
};
const tokenPattern = /YYYY|SSS|MM|DD|HH|hh|mm|ss|M|D|H|h|A/g;
const isoPattern =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.(?<fraction>\d{1,6}))?)?)?\s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Compiles a mapping's date format: 'ISO' (2011-03-01T14:27:57, a space for the T, an optional
 * offset or Z), or a pattern of tokens (YYYY MM M DD D HH H hh h mm ss SSS A) with literal text
 * between, e.g. NYC 311's 'MM/DD/YYYY hh:mm:ss A'. BAD_REQUEST when the pattern lacks a date.
 *
 * @example compileDateFormat('MM/DD/YYYY hh:mm:ss A')('03/01/2011 02:27:57 PM')?.wallMs // Date.UTC(2011, 2, 1, 14, 27, 57)
 */
export function compileDateFormat(format: string): DateReader {
  const pattern = format === 'ISO' ? isoPattern : patternOf(format);
  return (text) => {
    const groups = pattern.exec(text.trim())?.groups;
    return groups ? readGroups(groups) : null;
  };
}

function patternOf(format: string): RegExp {
  const tokens: string[] = format.match(tokenPattern) ?? [];
  const has = (...names: string[]) => names.some((name) => tokens.includes(name));
  const isValid =
    has('YYYY') &&
    has('MM', 'M') &&
    has('DD', 'D') &&
    !(has('hh', 'h') && !has('A')) &&
    new Set(tokens).size === tokens.length;
  if (!isValid) {
    throw new DomainError(
      'BAD_REQUEST',
      `mapping.dateFormat "${format}" needs YYYY, MM and DD once each (hh with A); use 'ISO' or tokens like MM/DD/YYYY hh:mm:ss A.`,
      { field: 'mapping.dateFormat' },
    );
  }
  const source = format
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(tokenPattern, (token) => tokenPatterns[token] ?? token);
  return new RegExp(`^${source}$`);
}

function readGroups(groups: Record<string, string | undefined>): ReadDate | null {
  const number = (name: string) => Number(groups[name] ?? 0);
  const year = number('year');
  const month = number('month');
  const day = number('day');
  let hour = number('hour');
  if (groups.hour12 !== undefined) {
    const hour12 = number('hour12');
    if (hour12 < 1 || hour12 > 12) return null;
    hour = (hour12 % 12) + (groups.meridiem?.toUpperCase() === 'PM' ? 12 : 0);
  }
  const minute = number('minute');
  const second = number('second');
  const millisecond = groups.fraction ? Math.floor(Number(`0.${groups.fraction}`) * 1000) : number('millisecond');
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(wallMs);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { wallMs, offsetMinutes: offsetOf(groups.zone) };
}

function offsetOf(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0);
  return digits.startsWith('-') ? -minutes : minutes;
}
