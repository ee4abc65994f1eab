import { useCallback, useEffect, useState } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client';
import { type CityAreas, fetchCityAreas } from './city-areas';

export type CityAreasState =
  | { status: 'loading' }
  /** The API answered, but no city has been imported. */
  | { status: 'empty' }
  /** `code` is the server's `extensions.code` when it sent one. */
  | { status: 'error'; code: string | undefined }
  | { status: 'ready'; areas: CityAreas };

/** Loads the city map's areas once per mount; `reload()` tries again after an error. */
export function useCityAreas(): { state: CityAreasState; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<CityAreasState>({ status: 'loading' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchCityAreas(controller.signal).then(
      (areas) => {
        if (controller.signal.aborted) return;
        setState(areas === null ? { status: 'empty' } : { status: 'ready', areas });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('Could not load the city areas', error);
        const code = error instanceof GraphQLRequestError ? error.code : undefined;
        setState({ status: 'error', code });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, reload };
}
