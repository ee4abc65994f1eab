import { useT } from '../../i18n';
import { CaseListRow } from './case-list-row';
import type { CaseListState } from './use-case-list';
import { useNow } from './use-now';

interface CaseListProps {
  list: CaseListState & { loadMore: () => void; retry: () => void };
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** A queue's cases, soonest deadline first, with "load more" at the end. */
export function CaseList({ list, selectedId, onSelect }: CaseListProps) {
  const t = useT();
  const now = useNow();
  if (list.status === 'loading') return <p className="case-list__message">{t('work.loading')}</p>;
  return (
    <div className="case-list">
      {list.status === 'error' && (
        <p className="case-list__message case-list__message--error" role="alert">
          {t('work.loadError')}{' '}
          <button type="button" className="button button--small" onClick={list.retry}>
            {t('work.retry')}
          </button>
        </p>
      )}
      {list.status === 'ready' && list.rows.length === 0 && <p className="case-list__message">{t('work.empty')}</p>}
      <ol className="case-list__rows">
        {list.rows.map((row) => (
          <li key={row.id}>
            <CaseListRow row={row} isSelected={row.id === selectedId} now={now} onSelect={onSelect} />
          </li>
        ))}
      </ol>
      {list.hasMore && (
        <button type="button" className="button case-list__more" onClick={list.loadMore} disabled={list.isLoadingMore}>
          {list.isLoadingMore ? t('work.loading') : t('work.loadMore')}
        </button>
      )}
    </div>
  );
}
