import { useMe } from '../features/auth/session-context';
import { UserMenu } from '../features/auth/user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useT } from '../i18n';
import { LanguageSwitch } from './language-switch';
import { navSections, type SectionId, sectionHref } from './sections';
import './app-header.css';

/**
 * Product name, section nav (by who is signed in), language switch and account; two rows on a
 * phone, one on wider screens.
 */
export function AppHeader({ current }: { current: SectionId }) {
  const t = useT();
  const me = useMe();
  return (
    <header className="app-header">
      <a className="app-header__brand" href={sectionHref('map')}>
        <img
          className="app-header__logo"
          src={`${import.meta.env.BASE_URL}favicon.svg`}
          alt=""
          width="28"
          height="28"
        />
        <span className="app-header__wordmark">
          <span className="app-header__name">{t('app.name')}</span>{' '}
          <span className="app-header__product">gridloop</span>
        </span>
      </a>
      <nav className="app-header__nav" aria-label={t('nav.label')}>
        {navSections(me).map((section) => (
          <a
            key={section.id}
            className="app-header__link"
            href={sectionHref(section.id)}
            aria-current={section.id === current ? 'page' : undefined}
          >
            {t(section.labelKey)}
          </a>
        ))}
      </nav>
      <div className="app-header__tools">
        <LanguageSwitch />
        {me && <NotificationBell />}
        <UserMenu />
      </div>
    </header>
  );
}
