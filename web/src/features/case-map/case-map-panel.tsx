import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { AreaMap, BaseMapSwitcher, useBaseMap, useCityAreas } from '../map';
import { CaseMapStatus } from './case-map-status';
import { CasePointsLayer } from './case-points-layer';
import { type CasePointsState, useCasePoints } from './use-case-points';
import './case-map.css';

interface CaseMapPanelProps {
  selectedId: string | null;
  onOpenCase: (caseId: string) => void;
  /** Changes when a live case change arrives: the points are fetched again. */
  refreshKey: number;
}

const LOADING: CasePointsState = { status: 'loading', data: undefined };

/**
 * The work console's case map: the city's districts, the chosen base map, and the open cases the
 * viewer may see, clustered for the zoom. Clicking a case opens it beside the map.
 */
export function CaseMapPanel({ selectedId, onOpenCase, refreshKey }: CaseMapPanelProps) {
  const t = useT();
  const { state: areas } = useCityAreas();
  const { baseMap, offered, choose } = useBaseMap();
  const [points, setPoints] = useState<CasePointsState>(LOADING);
  return (
    <section className="case-map" aria-label={t('caseMap.label')} data-testid="case-map">
      <AreaMap areas={areas.status === 'ready' ? areas.areas : undefined} baseMap={baseMap}>
        <CaseMapLayer selectedId={selectedId} onOpenCase={onOpenCase} refreshKey={refreshKey} onState={setPoints} />
      </AreaMap>
      <div className="case-map__panels">
        <CaseMapStatus state={points} />
        <BaseMapSwitcher offered={offered} current={baseMap} onChoose={choose} />
      </div>
    </section>
  );
}

/** The part inside the map (it needs the map's view); reports its state up for the status panel. */
function CaseMapLayer(props: CaseMapPanelProps & { onState: (state: CasePointsState) => void }) {
  const { selectedId, onOpenCase, refreshKey, onState } = props;
  const state = useCasePoints(refreshKey);
  useEffect(() => onState(state), [state, onState]);
  return <CasePointsLayer state={state} selectedId={selectedId} onOpenCase={onOpenCase} />;
}
