import { lazy, Suspense, useEffect } from 'react';
import { AboutPage } from '../features/about/about-page';
import { useMe, useSession } from '../features/auth/session-context';
import { SignInPage } from '../features/auth/sign-in-page';
import { WorkPage } from '../features/cases/work-page';
import { useT } from '../i18n';
import { AppHeader } from './app-header';
import { homeSectionFor, needsSignIn, type SectionId, sectionHref } from './sections';
import { useHashSection } from './use-hash-section';
import './app.css';

// Leaflet is most of the JavaScript; pages without a map should not wait for it.
const MapPage = lazy(async () => ({ default: (await import('../features/map')).MapPage }));
// The officer's phone loads the report screen (with the map) only when it opens it.
const ReportPage = lazy(async () => ({ default: (await import('../features/report/report-page')).ReportPage }));
// Only administrators open 管理; its forms and tables stay out of everyone else's download.
const AdminPage = lazy(async () => ({ default: (await import('../features/admin/admin-page')).AdminPage }));
// Only leaders and administrators open the 驾驶舱; ECharts and its panels load with it alone.
const DashboardPage = lazy(async () => ({
  default: (await import('../features/dashboard/dashboard-page')).DashboardPage,
}));
// Reports queued on the phone are sent whichever section is open.
const OutboxSender = lazy(async () => ({ default: (await import('../features/report/outbox-sender')).OutboxSender }));

/** The app shell: header, then the current section filling the rest of the viewport. */
export function App() {
  const t = useT();
  const section = useHashSection();
  const me = useMe();

  useEffect(() => {
    document.title = `${t('app.name')} gridloop`;
  }, [t]);

  return (
    <div className="app">
      <AppHeader current={section} />
      <main className={`app__main app__main--${section}`}>
        <Suspense fallback={<p className="app__loading">{t('app.loading')}</p>}>
          <SectionView section={section} />
        </Suspense>
      </main>
      {me?.roles.includes('OFFICER') && (
        <Suspense fallback={null}>
          <OutboxSender owner={me.username} />
        </Suspense>
      )}
    </div>
  );
}

function SectionView({ section }: { section: SectionId }) {
  const t = useT();
  const { state } = useSession();
  const home = state.status === 'signed-in' ? homeSectionFor(state.me) : null;

  // Signed in on the sign-in page (just now, or by a bookmark): go to the user's home section, without a
  // history entry.
  useEffect(() => {
    if (section === 'signin' && home !== null) window.location.replace(sectionHref(home));
  }, [section, home]);

  if (needsSignIn(section) || section === 'signin') {
    if (state.status === 'loading') return <p className="app__loading">{t('app.loading')}</p>;
    if (state.status === 'anonymous') return <SignInPage />;
  }
  switch (section) {
    case 'report':
      return <ReportPage />;
    case 'work':
    case 'signin':
      return <WorkPage />;
    case 'admin':
      return <AdminPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'map':
      return <MapPage />;
    case 'about':
      return <AboutPage />;
  }
}
