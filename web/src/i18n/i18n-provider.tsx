import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { formatMessage } from './format-message';
import { I18nContext, type I18nValue, type Translate } from './i18n-context';
import { readStoredLocale, storeLocale } from './locale-storage';
import { DICTIONARIES, type Locale } from './messages';

interface I18nProviderProps {
  children: ReactNode;
  /** Overrides the stored choice (tests, embedding). */
  initialLocale?: Locale;
}

export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
  }, []);

  // Screen readers and the browser's hyphenation / font choice follow the document language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const messages = DICTIONARIES[locale];
    const t: Translate = (key, params) => formatMessage(messages[key], params);
    return { locale, setLocale, t };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
