import { useEffect, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { GraphQLRequestError } from '../../api/graphql-client';
import { type CasePoints, fetchCasePoints } from './fetch-case-points';
import { paddedBox } from './viewport-box';

/** Wait this long after the view settles before asking, so a fling of pans costs one request. */
const SETTLE_MS = 150;
/** A quarter of the view on each side: short pans need no new request to show bubbles. */
const PADDING = 0.25;

export type CasePointsState =
  | { status: 'loading'; data: CasePoints | undefined }
  | { status: 'ready'; data: CasePoints }
  | { status: 'error'; data: CasePoints | undefined; code: string };

/**
 * The case points of the current view, fetched again when the view settles or `refreshKey`
 * changes (a live case change). An earlier request still running is cancelled; the last answer
 * stays drawn while the next loads, so the map never blinks empty.
 */
export function useCasePoints(refreshKey: number): CasePointsState {
  const map = useMap();
  const [view, setView] = useState(() => ({ bounds: map.getBounds(), zoom: map.getZoom() }));
  const [state, setState] = useState<CasePointsState>({ status: 'loading', data: undefined });
  useMapEvents({ moveend: () => setView({ bounds: map.getBounds(), zoom: map.getZoom() }) });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` is a reload trigger
  useEffect(() => {
    const controller = new AbortController();
    const box = paddedBox(
      {
        west: view.bounds.getWest(),
        south: view.bounds.getSouth(),
        east: view.bounds.getEast(),
        north: view.bounds.getNorth(),
      },
      PADDING,
    );
    const timer = setTimeout(() => {
      setState((current) => ({ status: 'loading', data: current.data }));
      fetchCasePoints(box, view.zoom, controller.signal).then(
        (data) => {
          if (!controller.signal.aborted) setState({ status: 'ready', data });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const code = error instanceof GraphQLRequestError ? (error.code ?? 'UNKNOWN') : 'NETWORK';
          setState((current) => ({ status: 'error', data: current.data, code }));
        },
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [view, refreshKey]);
  return state;
}
