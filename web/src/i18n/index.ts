export { type Translate, useI18n, useT } from './i18n-context';
export { I18nProvider } from './i18n-provider';
export { Interpolate } from './interpolate';
export type { MessageRef } from './message-ref';
export { LOCALE_NAMES, LOCALES, type Locale, type MessageKey, type Messages } from './messages';
