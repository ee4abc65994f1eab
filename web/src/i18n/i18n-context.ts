import { createContext, useContext } from 'react';
import type { MessageParams } from './format-message';
import type { Locale, MessageKey } from './messages';

/** Looks a key up in the current language and fills its placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue | null>(null);

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}

/** The translate function of the current language; components re-render when it changes. */
export function useT(): Translate {
  return useI18n().t;
}
