import { useMemo } from 'react';
import { useI18n } from '../../i18n';

/**
 * Formats API instants (ISO 8601, UTC) as date and time in the UI language, in `timeZone` when
 * given (the deployment's, for deadlines) or else the browser's.
 */
export function useDateTimeFormat(timeZone?: string): (iso: string) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      hourCycle: 'h23',
      ...(timeZone !== undefined && { timeZone }),
    });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [locale, timeZone]);
}
