import { type Translate, useT } from '../../i18n';
import type { PlaceCheck } from './use-place-check';

/** What happened to the last tap or fix before it became the point. */
export type PlacementNote = 'snapped' | 'refused' | null;

interface PlaceSummaryProps {
  check: PlaceCheck;
  note: PlacementNote;
  areaName: string;
}

/** One line under the map: the grid at the point, or why the point is not usable. */
export function PlaceSummary({ check, note, areaName }: PlaceSummaryProps) {
  const t = useT();
  const isBad = note === 'refused' || check.status === 'out-of-scope' || check.status === 'no-grid';
  return (
    <p
      className={isBad ? 'report-place report-place--bad' : 'report-place'}
      data-testid="report-place"
      data-status={note === 'refused' ? 'refused' : check.status}
      role="status"
      aria-live="polite"
    >
      {note === 'refused' ? t('report.place.refused', { area: areaName }) : describe(check, t, areaName)}
      {note === 'snapped' && check.status !== 'none' && <span> {t('report.place.snapped')}</span>}
    </p>
  );
}

function describe(check: PlaceCheck, t: Translate, areaName: string): string {
  switch (check.status) {
    case 'none':
      return t('report.place.hint');
    case 'checking':
      return t('report.place.checking');
    case 'in-scope':
      return t('report.place.inScope', {
        grid: check.location.unitGrid.code,
        community: check.location.community.name ?? check.location.community.code,
      });
    case 'out-of-scope':
      return t('report.place.outOfScope', { grid: check.location.unitGrid.code, area: areaName });
    case 'no-grid':
      return t('report.place.noGrid');
    case 'unknown':
      return t('report.place.unknown');
  }
}
