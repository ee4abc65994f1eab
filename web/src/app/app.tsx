import { lazy, Suspense, useEffect } from 'react';
import { AboutPage } from '../features/about/about-page';
import { useSession } from '../features/auth/session-context';
import { SignInPage } from '../features/auth/sign-in-page';
import { WorkPage } from '../features/cases/work-page';
import { useT } from '../i18n';
import { AppHeader } from './app-header';
import { needsSignIn, type SectionId, sectionHref } from './sections';
import { useHashSection } from './use-hash-section';
import './app.css';

// Leaflet is most of the JavaScript; pages without a map should not wait for it.
const MapPage = lazy(async () => ({ default: (await import('../features/map')).MapPage }));

/** The app shell: header, then the current section filling the rest of the viewport. */
export function App() {
  const t = useT();
  const section = useHashSection();

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
    </div>
  );
}

function SectionView({ section }: { section: SectionId }) {
  const t = useT();
  const { state } = useSession();
  const isSignedIn = state.status === 'signed-in';

  // Signed in on the sign-in page (just now, or by a bookmark): go to work, without a history entry.
  useEffect(() => {
    if (section === 'signin' && isSignedIn) window.location.replace(sectionHref('work'));
  }, [section, isSignedIn]);

  if (needsSignIn(section) || section === 'signin') {
    if (state.status === 'loading') return <p className="app__loading">{t('app.loading')}</p>;
    if (state.status === 'anonymous') return <SignInPage />;
  }
  switch (section) {
    case 'work':
    case 'signin':
      return <WorkPage />;
    case 'map':
      return <MapPage />;
    case 'about':
      return <AboutPage />;
  }
}
