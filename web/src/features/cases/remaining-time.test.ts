import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n';
import { formatMessage } from '../../i18n/format-message';
import { DICTIONARIES, type Locale } from '../../i18n/messages';
import { formatRemaining, remainingUntil } from './remaining-time';

const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    formatMessage(DICTIONARIES[locale][key], params);

const now = new Date('2030-03-04T02:00:00Z'); // a Monday, 10:00 in Shanghai

describe('remainingUntil', () => {
  it('splits the time left into days, hours and minutes', () => {
    expect(remainingUntil('2030-03-06T05:30:59Z', now)).toEqual({ isOverdue: false, days: 2, hours: 3, minutes: 30 });
  });

  it('says by how much a deadline was missed', () => {
    expect(remainingUntil('2030-03-04T01:15:00Z', now)).toEqual({ isOverdue: true, days: 0, hours: 0, minutes: 45 });
  });

  it('has nothing to say without a (valid) deadline', () => {
    expect(remainingUntil(null, now)).toBeNull();
    expect(remainingUntil('not a date', now)).toBeNull();
  });
});

describe('formatRemaining', () => {
  const zh = translator('zh-CN');
  const en = translator('en');

  it('shows the two largest units, in both languages', () => {
    expect(formatRemaining('2030-03-06T05:30:00Z', now, zh)).toBe('剩余 2 天 3 小时');
    expect(formatRemaining('2030-03-04T05:20:00Z', now, zh)).toBe('剩余 3 小时 20 分');
    expect(formatRemaining('2030-03-04T05:20:00Z', now, en)).toBe('3 h 20 min left');
    expect(formatRemaining('2030-03-04T02:09:00Z', now, en)).toBe('9 min left');
    expect(formatRemaining('2030-03-04T04:00:30Z', now, zh)).toBe('剩余 2 小时');
    expect(formatRemaining('2030-03-07T02:00:00Z', now, en)).toBe('3 d left');
  });

  it('marks overdue time, down to under a minute', () => {
    expect(formatRemaining('2030-03-03T01:00:00Z', now, zh)).toBe('超期 1 天 1 小时');
    expect(formatRemaining('2030-03-04T01:59:30Z', now, zh)).toBe('超期 不足 1 分钟');
    expect(formatRemaining('2030-03-04T01:59:30Z', now, en)).toBe('overdue by under a minute');
  });

  it('is empty without a running clock', () => {
    expect(formatRemaining(null, now, zh)).toBeNull();
  });
});
