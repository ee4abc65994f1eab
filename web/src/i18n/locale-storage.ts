import { DEFAULT_LOCALE, isLocale, type Locale } from './messages';

const STORAGE_KEY = 'gridloop.locale';

/** The language chosen on an earlier visit, or the default (zh-CN). */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): fall back to the default.
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Same as above: the choice then lasts for this page load only, which is acceptable.
  }
}
