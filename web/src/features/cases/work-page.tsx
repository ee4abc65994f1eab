import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useMe, useSession } from '../auth/session-context';
import { CaseMapToggle, useCaseMapOpen } from '../case-map';
import type { CaseQueue } from './case-enums';
import { CasePanel } from './case-panel';
import { QueuePane } from './queue-pane';
import { queuesForRoles } from './queues-for-roles';
import { useCaseList } from './use-case-list';
import { useDebouncedValue } from './use-debounced-value';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useLiveRefresh } from './use-live-refresh';
import { useQueueCounts } from './use-queue-counts';
import './work.css';
import './case-list.css';
import { useLinkedCase } from './use-linked-case';

// The case map brings Leaflet, most of the app's JavaScript: the queues (every staff member's home
// screen) should not wait for it, only opening the map does.
const CaseMapPanel = lazy(async () => ({ default: (await import('../case-map/case-map-panel')).CaseMapPanel }));

/**
 * 工作台: the viewer's queues (by role) with live counts, the selected queue's cases soonest
 * deadline first, and the open case beside them. Live changes refresh counts, list and the open
 * case without a reload; the keyboard moves through the list (J / K) and acts on the case.
 */
export function WorkPage() {
  const t = useT();
  const roles = useMe()?.roles;
  const queues = useMemo(() => queuesForRoles(roles ?? []), [roles]);
  const [chosenQueue, setQueue] = useState<CaseQueue | null>(null);
  const queue = chosenQueue ?? queues[0] ?? 'ALL';
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [isMapOpen, toggleMap] = useCaseMapOpen();
  const toggleHelp = () => setHelpOpen((open) => !open);
  const searchBox = useRef<HTMLInputElement>(null);
  useLinkedCase(setSelectedId);
  const { live, listRefresh, caseRefresh, onActed } = useLiveRefresh(selectedId);
  const counts = useQueueCounts(queues, listRefresh);
  const list = useCaseList(queue, search, listRefresh);
  useExpireWhenSignedOut(list.errorCode);

  const move = (step: 1 | -1) => {
    const index = list.rows.findIndex((row) => row.id === selectedId);
    const next = list.rows[index < 0 ? 0 : Math.min(list.rows.length - 1, Math.max(0, index + step))];
    if (next) setSelectedId(next.id);
  };
  useKeyboardShortcuts({ j: () => move(1), k: () => move(-1), '/': () => searchBox.current?.focus(), '?': toggleHelp });

  if (queues.length === 0) return <p className="work-page__message">{t('work.noQueues')}</p>;
  return (
    <section className="work-page" aria-label={t('work.label')}>
      <QueuePane
        {...{ live, queues, queue, counts, searchBox, searchText, list, selectedId, isHelpOpen }}
        onQueue={setQueue}
        onSearchText={setSearchText}
        onSelect={setSelectedId}
        onToggleHelp={toggleHelp}
      />
      <div className="work-page__case">
        <CaseMapToggle isOpen={isMapOpen} onToggle={toggleMap} />
        {isMapOpen && (
          <Suspense fallback={<p className="app__loading">{t('app.loading')}</p>}>
            <CaseMapPanel selectedId={selectedId} onOpenCase={setSelectedId} refreshKey={listRefresh} />
          </Suspense>
        )}
        {selectedId === null ? (
          <p className="work-page__message">{t('work.selectCase')}</p>
        ) : (
          <CasePanel
            key={selectedId}
            caseId={selectedId}
            refreshKey={caseRefresh}
            onActed={onActed}
            onOpenCase={setSelectedId}
          />
        )}
      </div>
    </section>
  );
}

/** A list answered UNAUTHENTICATED: the session ended elsewhere (expired, revoked, another tab). */
function useExpireWhenSignedOut(errorCode: string | undefined): void {
  const { expire } = useSession();
  useEffect(() => {
    if (errorCode === 'UNAUTHENTICATED') expire();
  }, [errorCode, expire]);
}
