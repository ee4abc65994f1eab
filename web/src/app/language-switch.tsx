import { LOCALE_NAMES, LOCALES, useI18n } from '../i18n';

/** 中文 / English toggle; the choice is remembered by the i18n provider. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('locale.switchLabel')}</legend>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
    </fieldset>
  );
}
