import { useMemo } from 'react';
import { useI18n } from '../../i18n';

/**
 * Formats ISO instants (the API's UTC strings) as local date and minute in the UI language, e.g.
 * "2030/03/04 09:00" or "03/04/2030, 09:00 AM"; an unreadable value is shown as it came.
 */
export function useFormatDateTime(): (iso: string) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    return (iso) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : format.format(time);
    };
  }, [locale]);
}
