import { useCallback } from 'react';
import { useI18n } from '../../i18n';
import type { Named } from './case-types';

/**
 * Picks the name of a class or department for the UI language: the English name in English when
 * the admin entered one, else the Chinese name, which always exists.
 */
export function useLocalName(): (named: Named) => string {
  const { locale } = useI18n();
  return useCallback((named) => (locale === 'en' && named.nameEn ? named.nameEn : named.name), [locale]);
}
