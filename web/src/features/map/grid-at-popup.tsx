import type { LeafletMouseEvent } from 'leaflet';
import { useCallback, useEffect, useState } from 'react';
import { Popup, useMapEvents } from 'react-leaflet';
import { type MessageKey, useT } from '../../i18n';
import type { LatLng } from './coordinates';
import { fetchGridAt, type GridLocation, type LocatedPlace } from './grid-at';

type Lookup =
  | { status: 'loading'; at: LatLng }
  | { status: 'found'; at: LatLng; location: GridLocation }
  | { status: 'outside'; at: LatLng }
  | { status: 'error'; at: LatLng };

/** Clicking the map asks the API which grid the point is in and shows the answer in a popup. */
export function GridAtPopup() {
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const onClick = useCallback((event: LeafletMouseEvent) => {
    setLookup({ status: 'loading', at: [event.latlng.lat, event.latlng.lng] });
  }, []);
  useMapEvents({ click: onClick });

  const at = lookup?.at;
  useEffect(() => {
    if (at === undefined) return;
    const controller = new AbortController();
    fetchGridAt([at[1], at[0]], controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setLookup(answer === 'outside' ? { status: 'outside', at } : { status: 'found', at, location: answer });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('gridAt failed', error);
        setLookup({ status: 'error', at });
      },
    );
    return () => controller.abort();
  }, [at]);

  if (lookup === null) return null;
  return (
    <Popup position={lookup.at} eventHandlers={{ remove: () => setLookup(null) }}>
      <GridAtContent lookup={lookup} />
    </Popup>
  );
}

const ROWS: readonly [MessageKey, (location: GridLocation) => LocatedPlace | null][] = [
  ['map.gridAt.unitGrid', (location) => location.unitGrid],
  ['map.gridAt.responsibilityGrid', (location) => location.responsibilityGrid],
  ['map.gridAt.community', (location) => location.community],
  ['map.gridAt.street', (location) => location.street],
  ['map.gridAt.district', (location) => location.district],
];

function GridAtContent({ lookup }: { lookup: Lookup }) {
  const t = useT();
  if (lookup.status !== 'found') {
    const key = { loading: 'map.gridAt.loading', outside: 'map.gridAt.outside', error: 'map.gridAt.error' } as const;
    return (
      <p className="grid-at" data-testid="grid-at" data-status={lookup.status}>
        {t(key[lookup.status])}
      </p>
    );
  }
  return (
    <dl className="grid-at" data-testid="grid-at" data-status="found">
      {ROWS.map(([labelKey, placeOf]) => {
        const place = placeOf(lookup.location);
        if (place === null) return null;
        return (
          <div key={labelKey} className="grid-at__row">
            <dt>{t(labelKey)}</dt>
            <dd>
              <span className="grid-at__name">{place.name ?? place.code}</span>{' '}
              <code className="grid-at__code">{place.code}</code>
              {place.isDerived && <span className="area-tooltip__tag">{t('map.derived')}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
