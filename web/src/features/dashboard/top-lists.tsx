import { useT } from '../../i18n';
import type { Hotspots } from './dashboard-types';

/** 高发网格 and 高发问题: where and what most cases of the period were. */
export function TopLists({ hotspots }: { hotspots: Hotspots }) {
  const t = useT();
  return (
    <div className="top-lists">
      <TopList title={t('dashboard.top.grids')} entries={hotspots.topGrids} testId="top-grids" />
      <TopList title={t('dashboard.top.categories')} entries={hotspots.topCategories} testId="top-categories" />
    </div>
  );
}

function TopList({ title, entries, testId }: { title: string; entries: Hotspots['topGrids']; testId: string }) {
  const t = useT();
  return (
    <div className="top-list" data-testid={testId}>
      <h3 className="top-list__title">{title}</h3>
      {entries.length === 0 ? (
        <p className="dashboard-muted">{t('dashboard.top.none')}</p>
      ) : (
        <ol>
          {entries.slice(0, 5).map((entry) => (
            <li key={entry.key}>
              <span>{entry.name}</span>{' '}
              <span className="top-list__count">{t('dashboard.top.cases', { count: String(entry.cases) })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
