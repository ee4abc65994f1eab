import { useT } from '../../i18n';
import { useMe } from '../auth/session-context';
import { ADMIN_PAGES, type AdminPageId, adminPageHref } from './admin-pages';
import { AuditPage } from './audit-page';
import { CalendarPage } from './calendar-page';
import { CategoriesPage } from './categories-page';
import { ComponentsPage } from './components-page';
import { DepartmentsPage } from './departments-page';
import { GridGenerationPage } from './grid-generation-page';
import { GridImportPage } from './grid-import-page';
import { RulesPage } from './rules-page';
import { StepLimitsPage } from './step-limits-page';
import { useAdminPage } from './use-admin-page';
import { UsersPage } from './users-page';
import './admin.css';

/**
 * 管理: the reference data a city edits (categories and limits, departments, routing rules, its
 * grids and component inventory, the work calendar, users) and the audit log of those edits, one page per `#/admin/<page>`.
 */
export function AdminPage() {
  const t = useT();
  const me = useMe();
  const page = useAdminPage();
  if (!me?.roles.includes('ADMIN')) return <p className="admin-muted admin-page__denied">{t('admin.denied')}</p>;
  return (
    <div className="admin-page">
      <nav className="admin-page__nav" aria-label={t('admin.nav.label')}>
        {ADMIN_PAGES.map((entry) => (
          <a
            key={entry.id}
            className="admin-page__link"
            href={adminPageHref(entry.id)}
            aria-current={entry.id === page ? 'page' : undefined}
            data-testid={`admin-nav-${entry.id}`}
          >
            {t(entry.labelKey)}
          </a>
        ))}
      </nav>
      <section
        className="admin-page__body"
        aria-label={t(ADMIN_PAGES.find((entry) => entry.id === page)?.labelKey ?? 'nav.admin')}
      >
        <AdminPageView page={page} />
      </section>
    </div>
  );
}

function AdminPageView({ page }: { page: AdminPageId }) {
  switch (page) {
    case 'categories':
      return <CategoriesPage />;
    case 'step-limits':
      return <StepLimitsPage />;
    case 'departments':
      return <DepartmentsPage />;
    case 'rules':
      return <RulesPage />;
    case 'grid-import':
      return <GridImportPage />;
    case 'grid-generation':
      return <GridGenerationPage />;
    case 'components':
      return <ComponentsPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
  }
}
