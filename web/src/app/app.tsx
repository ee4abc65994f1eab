import { lazy, Suspense, useEffect } from 'react';
import { AboutPage } from '../features/about/about-page';
import { useT } from '../i18n';
import { AppHeader } from './app-header';
import type { SectionId } from './sections';
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
  switch (section) {
    case 'map':
      return <MapPage />;
    case 'about':
      return <AboutPage />;
  }
}
