import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useMe } from '../auth/session-context';
import type { Me } from '../auth/session-types';
import { toCategoryChoices } from './category-choices';
import { fetchCategoryTree } from './fetch-category-tree';
import { OutboxList } from './outbox-list';
import { readPickCounts, recordPick } from './pick-counts';
import { PlaceSummary } from './place-summary';
import { ReportForm } from './report-form';
import { ReportMap } from './report-map';
import { fetchScopeArea } from './scope-area';
import { isGeolocationGranted } from './use-geolocation';
import { useOfflineResource } from './use-offline-resource';
import { useOutbox } from './use-outbox';
import { usePlaceCheck } from './use-place-check';
import { useReportPoint } from './use-report-point';
import '../map/map.css';
import './report.css';

/** 上报: the officer's report screen (officers only; others are told so). */
export function ReportPage() {
  const t = useT();
  const me = useMe();
  if (me === null || !me.roles.includes('OFFICER')) {
    return <p className="report-page__message">{t('report.officersOnly')}</p>;
  }
  return <OfficerReport me={me} />;
}

/**
 * Map with the officer's area, position and the chosen point on top; the grid there; the form;
 * then the outbox. Catalog and area are kept on the device, so all of it opens offline.
 */
function OfficerReport({ me }: { me: Me }) {
  const t = useT();
  const areaCode = me.area.code;
  const scope = useOfflineResource(`scope.${areaCode}`, (signal) => fetchScopeArea(areaCode, signal));
  const tree = useOfflineResource('categories', fetchCategoryTree);
  const choices = useMemo(() => (tree.status === 'ready' ? toCategoryChoices(tree.value) : []), [tree]);
  const [counts, setCounts] = useState(() => readPickCounts(me.username));
  const outbox = useOutbox(me.username);
  const located = useReportPoint(scope.status === 'ready' ? scope.value : null);
  const place = usePlaceCheck(located.point, areaCode);
  useLocateOnOpen(scope.status === 'ready', located.locate);
  const isStale = (scope.status === 'ready' && scope.isStale) || (tree.status === 'ready' && tree.isStale);

  return (
    <section className="report-page" aria-label={t('report.label')} data-testid="report-page">
      <section className="report-page__map" data-testid="report-map" aria-label={t('report.map')}>
        <ReportMap
          scope={scope.status === 'ready' ? scope.value : null}
          fix={located.fix}
          point={located.point}
          centreKey={located.centreKey}
          onTap={located.placeAt}
        />
        <button
          type="button"
          className="report-page__locate button button--primary"
          data-testid="locate-me"
          onClick={() => void located.locate()}
          disabled={located.geoStatus === 'locating'}
        >
          {located.geoStatus === 'locating' ? t('report.locating') : t('report.locate')}
        </button>
      </section>
      <div className="report-page__body">
        <PlaceSummary check={place} note={located.note} areaName={me.area.name} />
        {located.geoStatus === 'denied' && <p className="report-error">{t('report.locate.denied')}</p>}
        {located.geoStatus === 'unavailable' && <p className="report-error">{t('report.locate.unavailable')}</p>}
        {scope.status === 'error' && <p className="report-error">{t('report.scope.error')}</p>}
        {isStale && <p className="report-muted">{t('report.scope.stale')}</p>}
        {tree.status === 'loading' && <p className="report-muted">{t('report.category.loading')}</p>}
        {tree.status === 'error' && <p className="report-error">{t('report.category.error')}</p>}
        <ReportForm
          choices={choices}
          counts={counts}
          point={located.point}
          place={place}
          outbox={outbox}
          onPicked={(conditionId) => setCounts(recordPick(me.username, conditionId))}
        />
        <OutboxList outbox={outbox} />
      </div>
    </section>
  );
}

/** Locates once the area is known, if the browser will answer without asking (no surprise prompt). */
function useLocateOnOpen(isReady: boolean, locate: () => Promise<void>): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the area is known
  useEffect(() => {
    if (!isReady) return;
    void isGeolocationGranted().then((isGranted) => {
      if (isGranted) void locate();
    });
  }, [isReady]);
}
