import { describe, expect, it } from 'vitest';
import { formatMessage, listPlaceholders } from './format-message';
import { DEFAULT_LOCALE, DICTIONARIES, LOCALES, type Messages } from './messages';

const reference = DICTIONARIES[DEFAULT_LOCALE];
const referenceKeys = Object.keys(reference).sort();

describe.each(LOCALES)('dictionary %s', (locale) => {
  const messages: Messages = DICTIONARIES[locale];

  it('has exactly the keys of the default language', () => {
    expect(Object.keys(messages).sort()).toEqual(referenceKeys);
  });

  it('has no empty or blank strings', () => {
    const blank = Object.entries(messages).filter(([, text]) => text.trim() === '');
    expect(blank).toEqual([]);
  });

  it('uses the same placeholders as the default language for every key', () => {
    for (const key of referenceKeys as (keyof Messages)[]) {
      const expected = listPlaceholders(reference[key]).sort();
      expect({ key, placeholders: listPlaceholders(messages[key]).sort() }).toEqual({
        key,
        placeholders: expected,
      });
    }
  });
});

describe('formatMessage', () => {
  it('fills the map status line in both languages', () => {
    const params = { city: '上海市', count: 16 };
    expect(formatMessage(DICTIONARIES['zh-CN']['map.ready'], params)).toBe('上海市 · 16 个区');
    expect(formatMessage(DICTIONARIES.en['map.ready'], params)).toBe('上海市 · 16 districts');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage('Error code: {code}')).toBe('Error code: {code}');
  });
});
